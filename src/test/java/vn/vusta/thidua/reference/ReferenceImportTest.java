package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.system.AuditTrail;

@ThiDuaSpringTest
class ReferenceImportTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReferenceData reference;
    @Autowired
    AuditTrail audit;

    @Test
    void anAdministratorImportsAClusterWhoseMembersAreNotPublic() {
        String csv = """
                cluster,name,province_code,valid_from,source
                1,Cụm thi đua số 1,ha-giang,2022-01-01,decision of the Presidium
                1,Cụm thi đua số 1,cao-bang,2022-01-01,decision of the Presidium
                "1","Cụm thi đua số 1","bac-kan","2022-01-01","quoted, with a comma"
                """;
        ResponseEntity<Map> response = post("admin", "clusters", csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("lines", 3).containsEntry("changed", 4);
        assertThat(reference.membersOn(1, JAN_2024)).containsExactly("ha-giang", "cao-bang", "bac-kan");
        assertThat(audit.entriesFor("reference/clusters")).last()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    @Test
    void aBadFileIsRejectedWholeWithLineNumbersAndNothingIsWritten() {
        String csv = """
                cluster,name,province_code,valid_from
                2,Cụm thi đua số 2,tuyen-quang,2022-01-01
                2,Cụm thi đua số 2,atlantis,2022-01-01
                2,Cụm thi đua số 2,thai-nguyen,2022-13-01
                2,Cụm thi đua số 2,son-la,2023-01-01
                """;
        ResponseEntity<Map> response = post("admin", "clusters", csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("error", "CSV_REJECTED");
        assertThat(response.getBody().get("problems").toString())
                .contains("line=3", "atlantis", "line=4", "2022-13-01", "line=5", "son-la", "cụm 3");
        assertThat(reference.membersOn(2, JAN_2024)).isEmpty();
        assertThat(reference.cluster(2)).isEmpty();
    }

    @Test
    void aFileWithAMissingColumnIsRejectedAtTheHeader() {
        ResponseEntity<Map> response = post("admin", "heads", "cluster,head\n8,vinh-long\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("problems").toString()).contains("line=1", "year");
    }

    @Test
    void headsMustBeMembersOfTheirCluster() {
        ResponseEntity<Map> response = post("admin", "heads", "cluster,year,head,deputy\n8,2026,son-la,vinh-long\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("problems").toString()).contains("son-la", "không phải thành viên cụm 8");
        assertThat(reference.leadership(8, 2026)).isEmpty();
    }

    @Test
    void onlyAnAdministratorMayImport() {
        ResponseEntity<Map> response = post("son-la", "clusters", "cluster,name,province_code,valid_from\n5,X,da-nang,2022-01-01\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reference.cluster(5)).isEmpty();
    }

    @Test
    void anonymousImportIsUnauthorized() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv"));
        ResponseEntity<Map> response = rest.postForEntity("/api/reference/import/clusters",
                new HttpEntity<>("cluster,name,province_code,valid_from\n", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aProvinceRenamedByAnImportIsSeenAtOnceDespiteTheSnapshot() {
        Province before = reference.province("kon-tum").orElseThrow();
        String renamed = "Kon Tum (tên thử nghiệm)";
        try {
            ResponseEntity<Map> response = post("admin", "provinces", "code,gso_code,name\nkon-tum," + before.gsoCode() + "," + renamed + "\n");
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(reference.province("kon-tum")).get().extracting(Province::name).isEqualTo(renamed);
        } finally {
            post("admin", "provinces", "code,gso_code,name\nkon-tum," + before.gsoCode() + "," + before.name() + "\n");
        }
        assertThat(reference.province("kon-tum")).contains(before);
    }

    private ResponseEntity<Map> post(String user, String kind, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        return rest.withBasicAuth(user, "demo")
                .postForEntity("/api/reference/import/" + kind, new HttpEntity<>(csv, headers), Map.class);
    }
}
