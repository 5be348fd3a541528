package vn.vusta.thidua.overview;

/**
 * A member unit as people read it: its province code, the Vietnamese name it had (kept for earlier years), and the
 * name of the province it has been merged into since the 2025 reorganisation, if any ("nay thuộc …").
 */
record UnitName(String code, String name, String nowPartOf) {
}
