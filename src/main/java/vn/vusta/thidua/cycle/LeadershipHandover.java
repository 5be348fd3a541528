package vn.vusta.thidua.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A cycle's head and deputy being worked out during a change of membership ({@link MembershipChange}): roles passed
 * to a successor or left vacant, with the changes to record (their business key, date and actor are filled in when
 * recorded) and the vacant roles with the reason.
 */
final class LeadershipHandover {

    private String head;
    private String deputy;
    private final Function<String, String> name;
    private final List<CycleChange> changes = new ArrayList<>();
    private final Map<CycleChange.Kind, String> vacant = new LinkedHashMap<>();

    LeadershipHandover(String head, String deputy, Function<String, String> name) {
        this.head = head;
        this.deputy = deputy;
        this.name = name;
    }

    String head() {
        return head;
    }

    String deputy() {
        return deputy;
    }

    List<CycleChange> changes() {
        return changes;
    }

    List<CycleChange.Kind> vacancies() {
        return List.copyOf(vacant.keySet());
    }

    String reason(CycleChange.Kind role) {
        return vacant.get(role);
    }

    void pass(CycleChange.Kind role, String from, String to) {
        if (to == null) {
            vacate(role, from, "LHH " + name.apply(from) + " không còn là thành viên cụm, không có đơn vị kế thừa trong cụm");
            return;
        }
        set(role, to);
        changes.add(new CycleChange(null, role, from, to, null, label(role) + " chuyển từ LHH " + name.apply(from)
                + " sang đơn vị kế thừa LHH " + name.apply(to), null, null));
    }

    void vacate(CycleChange.Kind role, String from, String why) {
        set(role, null);
        String reason = label(role) + " để trống (" + why + "): Thường trực Hội đồng TĐKT chọn đơn vị đảm nhận";
        vacant.put(role, reason);
        changes.add(new CycleChange(null, role, from, null, null, reason, null, null));
    }

    private void set(CycleChange.Kind role, String unit) {
        if (role == CycleChange.Kind.HEAD) {
            head = unit;
        } else {
            deputy = unit;
        }
    }

    private String label(CycleChange.Kind role) {
        return role == CycleChange.Kind.HEAD ? "Vai trò cụm trưởng" : "Vai trò cụm phó";
    }
}
