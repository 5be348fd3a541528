package vn.vusta.thidua.reference;

import java.time.LocalDate;

/** A province's new name from a date; its code stays (Thừa Thiên Huế became Huế on 1 January 2025). */
public record ProvinceRename(String provinceCode, LocalDate effective, String name, String source) {
}
