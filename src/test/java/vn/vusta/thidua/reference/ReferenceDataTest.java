package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.system.AuditTrail;

@ThiDuaSpringTest
class ReferenceDataTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    @Autowired
    ReferenceRepository reference;
    @Autowired
    ReferenceDataLoader loader;
    @Autowired
    AuditTrail audit;

    @Test
    void loadsAllSixtyThreeProvincesWithCodesAndVietnameseNames() {
        assertThat(reference.provinces()).hasSize(63);
        assertThat(reference.province("son-la")).contains(new Province("son-la", "14", "Sơn La"));
        assertThat(reference.province("ho-chi-minh")).get().extracting(Province::name).isEqualTo("TP. Hồ Chí Minh");
    }

    @Test
    void knowsThePublicClusterMemberships() {
        assertThat(reference.membersOn(3, JAN_2024)).containsExactlyInAnyOrder(
                "son-la", "dien-bien", "lai-chau", "lao-cai", "yen-bai", "vinh-phuc", "phu-tho", "hoa-binh");
        assertThat(reference.membersOn(6, JAN_2024)).containsExactlyInAnyOrder(
                "quang-ngai", "binh-dinh", "phu-yen", "khanh-hoa", "ninh-thuan", "binh-thuan");
        assertThat(reference.membersOn(8, JAN_2024)).containsExactly(
                "tien-giang", "ben-tre", "tra-vinh", "vinh-long", "dong-thap", "an-giang");
        assertThat(reference.membersOn(9, JAN_2024)).containsExactlyInAnyOrder(
                "soc-trang", "bac-lieu", "ca-mau", "kien-giang", "hau-giang", "can-tho");
        assertThat(reference.cluster(8)).get().extracting(EmulationCluster::name).isEqualTo("Cụm thi đua số 8 – Bắc Sông Hậu");
        assertThat(reference.clusterOf("hoa-binh", JAN_2024)).contains(3);
        assertThat(reference.membersOn(3, LocalDate.of(2021, 12, 31))).isEmpty();
    }

    @Test
    void knowsHeadsAndDeputiesByYear() {
        assertThat(reference.leadership(8, 2024)).get()
                .extracting(ClusterLeadership::headCode, ClusterLeadership::deputyCode).containsExactly("vinh-long", "dong-thap");
        assertThat(reference.leadership(8, 2025)).get()
                .extracting(ClusterLeadership::headCode, ClusterLeadership::deputyCode).containsExactly("dong-thap", "an-giang");
        assertThat(reference.leadership(3, 2024)).get()
                .extracting(ClusterLeadership::headCode, ClusterLeadership::deputyCode).containsExactly("lao-cai", "yen-bai");
        assertThat(reference.leadership(3, 2023)).get().extracting(ClusterLeadership::deputyCode).isNull();
        assertThat(reference.leadership(9, 2023)).get().extracting(ClusterLeadership::headCode).isEqualTo("can-tho");
    }

    @Test
    void theMergerOfJuly2025LinksProvincesToTheirSuccessorsAndShrinksClusters() {
        assertThat(reference.succession("yen-bai")).get().extracting(ProvinceSuccession::successorCode).isEqualTo("lao-cai");
        assertThat(reference.succession("ben-tre")).get()
                .extracting(ProvinceSuccession::successorCode, ProvinceSuccession::effective)
                .containsExactly("vinh-long", LocalDate.of(2025, 7, 1));
        assertThat(reference.succession("lao-cai")).get().extracting(ProvinceSuccession::isAbsorbed).isEqualTo(false);
        assertThat(reference.membersOn(8, LocalDate.of(2025, 6, 30))).hasSize(6);
        assertThat(reference.membersOn(8, LocalDate.of(2025, 7, 1))).containsExactly("vinh-long", "dong-thap", "an-giang");
        assertThat(reference.membersOn(3, LocalDate.of(2026, 1, 1))).containsExactlyInAnyOrder(
                "son-la", "dien-bien", "lai-chau", "lao-cai", "phu-tho");
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int before = reference.memberships().size();
        int leadershipsBefore = reference.leaderships().size();
        int auditedBefore = audit.entriesFor("reference/").size();
        loader.run(null);
        assertThat(audit.entriesFor("reference/")).hasSize(auditedBefore);
        assertThat(reference.memberships()).hasSize(before);
        assertThat(reference.provinces()).hasSize(63);
        assertThat(reference.leaderships()).hasSize(leadershipsBefore);
    }
}
