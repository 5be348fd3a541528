/**
 * Reference data: the 63 provinces, emulation clusters with dated membership, heads and deputies by year,
 * and the 2025 merger as successor links. Loaded idempotently at start from the bundled CSV files and
 * extended by an administrator through the CSV import endpoint.
 */
package vn.vusta.thidua.reference;
