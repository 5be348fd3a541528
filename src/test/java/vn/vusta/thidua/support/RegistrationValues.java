package vn.vusta.thidua.support;

import java.util.HashMap;
import java.util.Map;

/** Valid values of form register-targets for tests: targets base, base+1, … and distinct notes. */
public final class RegistrationValues {

    private RegistrationValues() {
    }

    public static Map<String, Object> sample(int base) {
        return sample(base, false, true);
    }

    public static Map<String, Object> sample(int base, boolean aimFlag, boolean aimMerit) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("target" + field, (long) (base + field - 1));
            values.put("targetNote" + field, "mô tả " + field + " của " + base);
        }
        values.put("aimFlag", aimFlag);
        values.put("aimMerit", aimMerit);
        values.put("covenantAccepted", true);
        return values;
    }
}
