package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.engine.FieldError;

class BallotValidatorTest {

    private static final RuleBook RULES = RuleBook.standalone();
    private static final List<String> MEMBERS = List.of("ben-tre", "vinh-long", "tien-giang", "dong-thap", "an-giang",
            "tra-vinh");
    /** Cluster 8, 2024: quotas 1/1; tra-vinh did not qualify for the flag; vinh-long is the outgoing head. */
    private static final BallotContext ROUND_ONE = BallotContext.firstRound(MEMBERS,
            Set.of("ben-tre", "vinh-long", "tien-giang", "dong-thap", "an-giang"), Set.copyOf(MEMBERS),
            Set.of("ben-tre", "tien-giang", "dong-thap", "an-giang", "tra-vinh"), RULES.quotas(8, 2024, 6),
            RULES.voteRules(8, 2024));

    private final BallotValidator validator = new BallotValidator();

    private static Ballot ballot(Set<String> flag, Set<String> merit, String head, String deputy) {
        return new Ballot(flag, merit, head, deputy);
    }

    @Test
    void shouldAcceptAValidBallot() {
        assertThat(validator.validate("ben-tre",
                ballot(Set.of("vinh-long"), Set.of("dong-thap"), "dong-thap", "an-giang"), ROUND_ONE)).isEmpty();
    }

    @Test
    void shouldAcceptEmptyTitleListsAsAbstention() {
        assertThat(validator.validate("ben-tre", ballot(Set.of(), null, "dong-thap", "an-giang"), ROUND_ONE)).isEmpty();
    }

    @Test
    void shouldRejectASelfVote() {
        List<FieldError> errors = validator.validate("vinh-long",
                ballot(Set.of("vinh-long"), Set.of(), "dong-thap", "an-giang"), ROUND_ONE);

        assertThat(errors).containsExactly(
                new FieldError("flag", "Cờ thi đua: đơn vị không được tự bỏ phiếu cho mình («vinh-long»)"));
    }

    @Test
    void shouldRejectAUnitThatIsNotAMember() {
        List<FieldError> errors = validator.validate("ben-tre",
                ballot(Set.of(), Set.of("can-tho"), "dong-thap", "an-giang"), ROUND_ONE);

        assertThat(errors).containsExactly(new FieldError("merit", "Bằng khen: «can-tho» không phải thành viên cụm"));
    }

    @Test
    void shouldRejectAVoterThatIsNotAMember() {
        assertThat(validator.validate("soc-trang", ballot(Set.of(), Set.of(), "dong-thap", "an-giang"), ROUND_ONE))
                .extracting(FieldError::field).containsExactly("voter");
    }

    @Test
    void shouldRejectAnIneligibleNominee() {
        assertThat(validator.validate("ben-tre", ballot(Set.of("tra-vinh"), Set.of(), "dong-thap", "an-giang"),
                ROUND_ONE)).containsExactly(new FieldError("flag", "Cờ thi đua: «tra-vinh» không đủ điều kiện đề nghị"));
    }

    @Test
    void shouldRejectMoreNamesThanTheQuota() {
        assertThat(validator.validate("ben-tre",
                ballot(Set.of("vinh-long", "dong-thap"), Set.of(), "dong-thap", "an-giang"), ROUND_ONE))
                .containsExactly(new FieldError("flag", "Cờ thi đua: chọn tối đa 1 đơn vị (đã chọn 2)"));
    }

    @Test
    void shouldRejectTheSameUnitForBothTitles() {
        assertThat(validator.validate("ben-tre",
                ballot(Set.of("dong-thap"), Set.of("dong-thap"), "dong-thap", "an-giang"), ROUND_ONE))
                .containsExactly(new FieldError("merit",
                        "Bằng khen: «dong-thap» đã được chọn cho Cờ thi đua — mỗi đơn vị chỉ nhận một danh hiệu"));
    }

    @Test
    void shouldRejectTheOutgoingHeadAsNextHead() {
        assertThat(validator.validate("ben-tre", ballot(Set.of(), Set.of(), "vinh-long", "an-giang"), ROUND_ONE))
                .containsExactly(new FieldError("nextHead",
                        "Cụm trưởng năm sau: «vinh-long» không đủ điều kiện làm Cụm trưởng"));
    }

    @Test
    void shouldRejectTheSameUnitAsHeadAndDeputy() {
        assertThat(validator.validate("ben-tre", ballot(Set.of(), Set.of(), "dong-thap", "dong-thap"), ROUND_ONE))
                .containsExactly(new FieldError("nextDeputy", "Cụm phó năm sau: phải khác Cụm trưởng năm sau"));
    }

    @Test
    void shouldRequireHeadAndDeputyInTheFirstRound() {
        assertThat(validator.validate("ben-tre", ballot(Set.of(), Set.of(), null, " "), ROUND_ONE))
                .extracting(FieldError::field).containsExactly("nextHead", "nextDeputy");
    }

    @Test
    void shouldAllowOnlyTheTiedCandidatesForTheRunoffTitle() {
        BallotContext runoff = ROUND_ONE.forRunoff(new Runoff(Title.FLAG, List.of("vinh-long", "dong-thap"), 1));

        assertThat(validator.validate("ben-tre", ballot(Set.of("dong-thap"), Set.of(), null, null), runoff)).isEmpty();
        assertThat(validator.validate("ben-tre", ballot(Set.of("an-giang"), Set.of("tien-giang"), null, null), runoff))
                .containsExactly(
                        new FieldError("flag", "Cờ thi đua: «an-giang» không thuộc danh sách bầu lại"),
                        new FieldError("merit", "Bằng khen: vòng bầu lại chỉ bầu Cờ thi đua"));
    }

    @Test
    void shouldLimitARunoffBallotToTheSeatsLeft() {
        BallotContext mergedQuota = BallotContext.firstRound(MEMBERS, Set.copyOf(MEMBERS), Set.copyOf(MEMBERS),
                Set.copyOf(MEMBERS), RULES.quotas(3, 2023, 8), RULES.voteRules(3, 2023));
        BallotContext runoff = mergedQuota.forRunoff(new Runoff(Title.FLAG, List.of("vinh-long", "dong-thap", "an-giang"), 1));

        assertThat(validator.validate("ben-tre", ballot(Set.of("vinh-long", "dong-thap"), Set.of(), null, null), runoff))
                .containsExactly(new FieldError("flag", "Cờ thi đua: chọn tối đa 1 đơn vị (đã chọn 2)"));
    }
}
