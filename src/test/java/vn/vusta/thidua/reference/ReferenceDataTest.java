package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;

@ThiDuaSpringTest
class ReferenceDataTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    @Autowired
    ReferenceData reference;
    @Autowired
    ReferenceDataLoader loader;
    @Autowired
    AuditTrail audit;
    @Autowired
    ProvinceHistory history;
    @Autowired
    UnitNames names;
    @Autowired
    TestRestTemplate rest;

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
    void theWholeCountryHasThirtyFourUnitsFromTheFirstOfJuly2025() {
        assertThat(history.unitsOn(LocalDate.of(2025, 6, 30))).hasSize(63);
        List<Province> after = history.unitsOn(LocalDate.of(2025, 7, 1));
        assertThat(after).hasSize(34).extracting(Province::code)
                .contains("ha-noi", "thua-thien-hue", "son-la", "tuyen-quang", "gia-lai", "ho-chi-minh", "can-tho")
                .doesNotContain("ha-giang", "binh-dinh", "binh-duong", "soc-trang", "kien-giang");
        assertThat(reference.successions().stream().filter(ProvinceSuccession::isAbsorbed)).hasSize(29);
        assertThat(history.absorbedOn("binh-dinh", LocalDate.of(2025, 7, 1))).get()
                .extracting(ProvinceSuccession::successorCode).isEqualTo("gia-lai");
        assertThat(history.absorbedOn("binh-dinh", LocalDate.of(2025, 6, 30))).isEmpty();
        // cluster 6 keeps the two members that were not merged away; the successors of the others are elsewhere
        assertThat(reference.membersOn(6, LocalDate.of(2025, 7, 1))).containsExactly("quang-ngai", "khanh-hoa");
    }

    @Test
    void hueIsRenamedByNameOnlyAndReportsOfEarlierYearsKeepTheNameOfTheTime() {
        assertThat(history.nameOn("thua-thien-hue", LocalDate.of(2024, 12, 31))).isEqualTo("Thừa Thiên Huế");
        assertThat(history.nameOn("thua-thien-hue", LocalDate.of(2025, 1, 1))).isEqualTo("Huế");
        assertThat(names.ofYear("thua-thien-hue", 2024)).isEqualTo("Thừa Thiên Huế");
        try {
            CycleDriver.setClock(2024, 12, 1);
            assertThat(names.ofYearWithSuccessor("ben-tre", 2024)).isEqualTo("Bến Tre");
            CycleDriver.setClock(2026, 12, 1);
            assertThat(names.ofYearWithSuccessor("ben-tre", 2024)).isEqualTo("Bến Tre (nay thuộc Vĩnh Long)");
            assertThat(names.ofYearWithSuccessor("vinh-long", 2024)).isEqualTo("Vĩnh Long");
        } finally {
            CycleDriver.resetClock();
        }
    }

    @Test
    void theProvinceListNamesEachDissolvedProvincesSuccessorAndAnswersWhichUnitsExistOnADate() {
        ResponseEntity<List> all = rest.withBasicAuth("son-la", "demo").getForEntity("/api/reference/provinces", List.class);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).hasSize(63);
        assertThat(province(all.getBody(), "soc-trang")).containsEntry("mergedInto", "can-tho")
                .containsEntry("mergedIntoName", "Cần Thơ").containsEntry("mergedOn", "2025-07-01");
        assertThat(province(all.getBody(), "can-tho")).doesNotContainKey("mergedInto");
        assertThat(province(all.getBody(), "thua-thien-hue")).containsEntry("name", "Thừa Thiên Huế")
                .containsEntry("renamedTo", "Huế");

        List<Map<String, Object>> in2026 = rest.withBasicAuth("son-la", "demo")
                .getForObject("/api/reference/provinces?date=2026-01-01", List.class);
        assertThat(in2026).hasSize(34);
        assertThat(province(in2026, "thua-thien-hue")).containsEntry("name", "Huế");
        assertThat(in2026).noneMatch(p -> p.get("code").equals("soc-trang"));
        assertThat(rest.withBasicAuth("son-la", "demo").getForObject("/api/reference/provinces?date=2025-06-30", List.class))
                .hasSize(63);

        ResponseEntity<Map> bad = rest.withBasicAuth("son-la", "demo")
                .getForEntity("/api/reference/provinces?date=01/07/2025", Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) bad.getBody().get("message")).contains("date", "YYYY-MM-DD");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> province(List<?> provinces, String code) {
        return (Map<String, Object>) provinces.stream().filter(p -> code.equals(((Map<?, ?>) p).get("code")))
                .findFirst().orElseThrow();
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
