/**
 * The dossier's documents, generated from a cycle's stored records: vote minutes, the cluster's proposal, the
 * year-end summary and the award decision, each as DOCX and PDF in the presentation of Decree 30/2020/NĐ-CP, from
 * templates in {@code src/main/resources/documents/}; stored per cycle with a version per generation, attached to
 * the head's and the chair's tasks, served by {@code /api/cycles/{key}/documents}; and the spreadsheet exports.
 */
package vn.vusta.thidua.documents;
