package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.VoteFixture.UnitYear;
import vn.vusta.thidua.engine.InvalidSubmissionException;
import vn.vusta.thidua.support.VoteFixture;

/**
 * A cluster shrunk by the 2025 merger votes by the small-cluster rows of DMN {@code quotas}: cluster 8 has three
 * members since (Vĩnh Long, Đồng Tháp, An Giang), so no Cờ thi đua and at most one Bằng khen. Year 2147.
 */
@ThiDuaSpringTest
class SmallClusterVoteTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    CycleDriver driver;
    @Autowired
    Nominations nominations;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void aClusterOfThreeOffersNoFlagAndProposesAtMostOneCertificate() {
        VoteFixture fixture = new VoteFixture(context);
        String key = fixture.openVote(8, 2147, "vinh-long", "dong-thap", List.of(
                new UnitYear("vinh-long", true, true, "110", "100", 1),
                new UnitYear("dong-thap", true, true, "105", "100", 2),
                new UnitYear("an-giang", false, true, "100", "100", 3)));

        Map<String, Object> shown = driver.formVariables("an-giang", fixture.ballotTask(key, "an-giang").getId());
        assertThat(shown).containsEntry("flagQuota", 0).containsEntry("meritQuota", 1);
        assertThat(shown.get("flagOptions").toString()).isEqualTo("[]");
        assertThat(shown.get("meritOptions").toString()).contains("vinh-long", "dong-thap");
        assertThatThrownBy(() -> fixture.vote(key, "an-giang", List.of("vinh-long"), List.of(), "dong-thap", "an-giang"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("không đủ điều kiện")
                .hasMessageContaining("chọn tối đa 0 đơn vị");

        fixture.vote(key, "vinh-long", List.of(), List.of("dong-thap"), "dong-thap", "an-giang");
        fixture.vote(key, "dong-thap", List.of(), List.of("an-giang"), "an-giang", "vinh-long");
        fixture.vote(key, "an-giang", List.of(), List.of("dong-thap"), "dong-thap", "vinh-long");
        fixture.runVoteJobs(key);

        assertThat(nominations.proposed(key)).extracting(NomineeOutcome::unit, NomineeOutcome::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dong-thap", Title.MERIT));
        assertThat(nominations.all(key)).filteredOn(o -> o.title() == Title.FLAG).isNotEmpty()
                .allSatisfy(o -> assertThat(o.reason()).isEqualTo("cụm có 3 thành viên: không có chỉ tiêu Cờ thi đua"));
        assertThat(nominations.election(key).orElseThrow().head()).isEqualTo("dong-thap");
    }
}
