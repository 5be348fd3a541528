package vn.vusta.thidua.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.engine.FieldError;

/**
 * Checks one ballot before it is accepted. Pure: no engine, no storage. Returns every problem found, each naming
 * its form field ({@code voter}, {@code flag}, {@code merit}, {@code nextHead}, {@code nextDeputy}); an empty list
 * means the ballot is valid. Empty title lists are abstentions; head and deputy may be left empty only on a runoff
 * ballot. The self-vote rule applies to the titles (recusal from one's own commendation), not to the election of
 * head and deputy. The messages name a unit as {@code names} does (its province's name in the application).
 */
public class BallotValidator {

    static final String HEAD_LABEL = "Cụm trưởng năm sau";
    static final String DEPUTY_LABEL = "Cụm phó năm sau";

    private final UnaryOperator<String> names;

    /** Messages with the units' codes (tests of the rules alone). */
    public BallotValidator() {
        this(UnaryOperator.identity());
    }

    public BallotValidator(UnaryOperator<String> names) {
        this.names = names;
    }

    private String named(String unit) {
        return "«" + names.apply(unit) + "»";
    }

    public List<FieldError> validate(String voter, Ballot ballot, BallotContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        if (!ctx.members().contains(voter)) {
            errors.add(new FieldError("voter", "Đơn vị bỏ phiếu " + named(voter) + " không phải thành viên cụm"));
        }
        for (Title title : Title.values()) {
            checkTitle(voter, title, ballot.forTitle(title), ctx, errors);
        }
        checkOneTitlePerUnit(ballot, ctx, errors);
        checkHead(ballot.nextHead(), ctx, errors);
        checkDeputy(ballot.nextDeputy(), ballot.nextHead(), ctx, errors);
        return errors;
    }

    private void checkTitle(String voter, Title title, Set<String> chosen, BallotContext ctx, List<FieldError> errors) {
        String field = Ballot.fieldOf(title);
        String label = title.label();
        if (ctx.isRunoff() && title != ctx.runoffTitle() && !chosen.isEmpty()) {
            errors.add(new FieldError(field, label + ": vòng bầu lại chỉ bầu " + ctx.runoffTitle().label()));
            return;
        }
        for (String unit : new TreeSet<>(chosen)) {
            if (!ctx.members().contains(unit)) {
                errors.add(new FieldError(field, label + ": " + named(unit) + " không phải thành viên cụm"));
            } else if (ctx.isRunoff() && !ctx.runoffCandidates().contains(unit)) {
                errors.add(new FieldError(field, label + ": " + named(unit) + " không thuộc danh sách bầu lại"));
            } else if (!ctx.eligibleFor(title).contains(unit)) {
                errors.add(new FieldError(field, label + ": " + named(unit) + " không đủ điều kiện đề nghị"));
            } else if (unit.equals(voter) && !ctx.rules().selfVoteAllowed()) {
                errors.add(new FieldError(field, label + ": đơn vị không được tự bỏ phiếu cho mình (" + named(unit) + ")"));
            }
        }
        int quota = ctx.quotas().of(title);
        if (chosen.size() > quota) {
            errors.add(new FieldError(field,
                    label + ": chọn tối đa " + quota + " đơn vị (đã chọn " + chosen.size() + ")"));
        }
    }

    private void checkOneTitlePerUnit(Ballot ballot, BallotContext ctx, List<FieldError> errors) {
        if (!ctx.rules().oneTitlePerUnit()) {
            return;
        }
        Set<String> both = new TreeSet<>(ballot.flag());
        both.retainAll(ballot.merit());
        both.forEach(unit -> errors.add(new FieldError(Ballot.fieldOf(Title.MERIT), Title.MERIT.label() + ": " + named(unit)
                + " đã được chọn cho " + Title.FLAG.label() + " — mỗi đơn vị chỉ nhận một danh hiệu")));
    }

    private void checkHead(String head, BallotContext ctx, List<FieldError> errors) {
        if (head == null || head.isBlank()) {
            if (!ctx.isRunoff()) {
                errors.add(new FieldError("nextHead", HEAD_LABEL + ": chưa chọn đơn vị"));
            }
        } else if (!ctx.members().contains(head)) {
            errors.add(new FieldError("nextHead", HEAD_LABEL + ": " + named(head) + " không phải thành viên cụm"));
        } else if (!ctx.eligibleHead().contains(head)) {
            errors.add(new FieldError("nextHead", HEAD_LABEL + ": " + named(head) + " không đủ điều kiện làm Cụm trưởng"));
        }
    }

    private void checkDeputy(String deputy, String head, BallotContext ctx, List<FieldError> errors) {
        if (deputy == null || deputy.isBlank()) {
            if (!ctx.isRunoff()) {
                errors.add(new FieldError("nextDeputy", DEPUTY_LABEL + ": chưa chọn đơn vị"));
            }
        } else if (!ctx.members().contains(deputy)) {
            errors.add(new FieldError("nextDeputy", DEPUTY_LABEL + ": " + named(deputy) + " không phải thành viên cụm"));
        } else if (deputy.equals(head)) {
            errors.add(new FieldError("nextDeputy", DEPUTY_LABEL + ": phải khác " + HEAD_LABEL));
        }
    }
}
