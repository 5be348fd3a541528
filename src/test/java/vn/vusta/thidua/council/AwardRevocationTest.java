package vn.vusta.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.thidua.support.CouncilDriver.COUNCIL;
import static vn.vusta.thidua.support.CouncilDriver.election;
import static vn.vusta.thidua.support.CouncilDriver.proposed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.support.CouncilDriver;

/** Awards are public; revoking one is a new, audited record for the chair or an administrator, and happens once. */
@ThiDuaSpringTest
class AwardRevocationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CouncilDriver council;
    @Autowired
    CycleDriver driver;
    @Autowired
    Awards awards;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void theChairOrAnAdministratorRevokesAnAwardOnceOfficersMayOnlyReadThem() {
        String key = council.toCouncil(2069, List.of(proposed("gia-lai", Title.FLAG, 5), proposed("khanh-hoa", Title.MERIT, 4)),
                election("dak-lak", "khanh-hoa"));
        council.accept(key);
        for (String member : COUNCIL) {
            council.vote(key, member, List.of("gia-lai:FLAG", "khanh-hoa:MERIT"));
        }
        driver.runJobs(key);
        council.sign(key, "301/QĐ-LHHVN", "2069-12-21");
        List<Award> granted = awards.ofCycle(key);
        assertThat(granted).hasSize(2);
        long flag = granted.get(0).id();
        long merit = granted.get(1).id();

        assertThat(rest.getForEntity("/api/awards?year=2069", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> listed = rest.withBasicAuth("da-nang", "demo").getForEntity("/api/awards?year=2069", String.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).contains("\"unit\":\"gia-lai\"", "\"titleName\":\"Cờ thi đua\"",
                "\"decisionNumber\":\"301/QĐ-LHHVN\"", "\"status\":\"ACTIVE\"").doesNotContain("REVOKED");

        assertThat(revoke("gia-lai", flag, Map.of("reason", "Báo cáo sai")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(revoke("council-1", flag, Map.of("reason", "Báo cáo sai")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(revoke("council-chair", flag, Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(revoke("council-chair", flag, Map.of("reason", "  ")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(revoke("council-chair", 987654321L, Map.of("reason", "Báo cáo sai")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> revoked = revoke("council-chair", flag,
                Map.of("reason", "Thành tích kê khai không đúng sự thật (kết luận thanh tra)"));
        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revoked.getBody()).contains("\"status\":\"REVOKED\"", "\"revokedBy\":\"council-chair\"");
        ResponseEntity<String> again = revoke("council-chair", flag, Map.of("reason", "lần nữa"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("ALREADY_REVOKED");
        assertThat(revoke("admin", merit, Map.of("reason", "Trùng khen thưởng cho cùng một thành tích")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(awards.ofCycle(key)).extracting(Award::status).containsExactly("REVOKED", "REVOKED");
        assertThat(awards.find(flag).orElseThrow().revocation().reason()).startsWith("Thành tích kê khai không đúng");
        assertThat(awards.find(flag).orElseThrow().decisionNumber()).isEqualTo("301/QĐ-LHHVN");
        assertThat(audit.entriesFor(key + "/council/award/")).extracting(e -> e.actor() + " " + e.action())
                .containsExactly("council-chair REVOKE_AWARD", "admin REVOKE_AWARD");
        assertThat(rest.withBasicAuth("da-nang", "demo").getForEntity("/api/awards?year=2069", String.class).getBody())
                .contains("\"status\":\"REVOKED\"", "Thành tích kê khai không đúng sự thật");
    }

    private ResponseEntity<String> revoke(String user, long id, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/awards/" + id + "/revoke", body, String.class);
    }
}
