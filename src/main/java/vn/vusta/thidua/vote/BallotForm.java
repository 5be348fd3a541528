package vn.vusta.thidua.vote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.engine.FieldError;
import vn.vusta.thidua.workflow.FormValues;

/**
 * Reads the ballot fields of forms {@code cast-ballot} and {@code cast-runoff-ballot}: {@code flag} and {@code merit}
 * (checklists, submitted as Json arrays of province codes), {@code nextHead} and {@code nextDeputy} (selects, one
 * code each). Only the shape is checked here; what may be chosen is {@link BallotValidator}'s job.
 */
final class BallotForm {

    private BallotForm() {
    }

    /** The submitted ballot; the shape errors (not a list, twice the same code) are added to {@code errors}. */
    static Ballot read(VariableScope scope, List<FieldError> errors) {
        FormValues form = new FormValues(scope);
        Set<String> flag = codes(scope.getVariableLocal(VoteVariables.FLAG), VoteVariables.FLAG, Title.FLAG.label(), errors);
        Set<String> merit = codes(scope.getVariableLocal(VoteVariables.MERIT), VoteVariables.MERIT, Title.MERIT.label(), errors);
        String head = form.text(VoteVariables.NEXT_HEAD, BallotValidator.HEAD_LABEL, 100, false);
        String deputy = form.text(VoteVariables.NEXT_DEPUTY, BallotValidator.DEPUTY_LABEL, 100, false);
        errors.addAll(form.errors());
        return new Ballot(flag, merit, head, deputy);
    }

    private static Set<String> codes(Object value, String field, String label, List<FieldError> errors) {
        Set<String> codes = new LinkedHashSet<>();
        if (value == null) {
            return codes;
        }
        Collection<?> items;
        if (value instanceof SpinJsonNode json && json.isArray()) {
            items = new ArrayList<>(json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList());
        } else if (value instanceof Collection<?> collection) {
            items = collection;
        } else {
            errors.add(new FieldError(field, label + ": phải là danh sách đơn vị"));
            return codes;
        }
        for (Object item : items) {
            String code = String.valueOf(item).strip();
            if (!codes.add(code)) {
                errors.add(new FieldError(field, label + ": «" + code + "» chọn hai lần"));
            }
        }
        return codes;
    }
}
