package vn.vusta.thidua.reference;

import java.time.LocalDate;

/** A province merged into a successor on a date (the 2025 reorganisation, 63 to 34 provinces). */
public record ProvinceSuccession(String mergedCode, String successorCode, LocalDate effective) {

    public boolean isAbsorbed() {
        return !mergedCode.equals(successorCode);
    }
}
