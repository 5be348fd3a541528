package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;

/**
 * Whatever the head sends to {@code POST /api/cycles/{key}/units/{unit}/close|extend}, the answer is a Vietnamese
 * 4xx, never 500, and nothing changes: no body, broken JSON, a wrong type, an impossible, past or far day, an unknown
 * unit or cycle, a unit that has already submitted. Cluster 3 in 2172.
 */
@ThiDuaSpringTest
class UnitDeadlineInputTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    CycleStarter starter;
    @Autowired
    ReferenceData reference;
    @Autowired
    UnitProgress progress;

    CycleSteps steps;

    @BeforeEach
    void setUp() {
        steps = new CycleSteps(starter, driver, reference);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void badInputToCloseAndExtendAnswersAVietnamese4xxAndChangesNothing() {
        String key = steps.open(3, 2172);
        List<String> members = steps.members(3, 2172);
        String head = members.get(0);
        String submitted = members.get(1);
        String late = members.get(members.size() - 1);
        driver.submit(submitted, driver.task(key, "Task_RegisterTargets", "province-" + submitted).getId(),
                RegistrationValues.sample(1));
        CycleDriver.setClock(2172, 4, 2);
        driver.runJobs(key);
        String extend = "/api/cycles/" + key + "/units/" + late + "/extend";
        String close = "/api/cycles/" + key + "/units/" + late + "/close";

        expect(post(head, extend, null), 400, "until: bắt buộc");
        expect(post(head, close, null), 400, "reason: bắt buộc");
        expect(post(head, extend, "{\"until\": \"2172-05-01\""), 400, "Nội dung yêu cầu không đọc được");
        expect(post(head, close, "[1, 2]"), 400, "Nội dung yêu cầu không đọc được");
        expect(post(head, extend, "{\"until\": {\"day\": 1}, \"reason\": \"x\"}"), 400, "Nội dung yêu cầu không đọc được");
        expect(post(head, extend, "{\"reason\": \"x\"}"), 400, "until: bắt buộc");
        expect(post(head, extend, "{\"until\": \"2172-02-30\", \"reason\": \"x\"}"), 400, "không phải ngày có thật");
        expect(post(head, extend, "{\"until\": \"01/05/2172\", \"reason\": \"x\"}"), 400, "không phải ngày có thật");
        expect(post(head, extend, "{\"until\": \"2172-04-01\", \"reason\": \"x\"}"), 400, "hạn mới phải sau hôm nay");
        expect(post(head, extend, "{\"until\": \"+999999999-12-31\", \"reason\": \"x\"}"), 400,
                "không được sau ngày 31/12/2173");
        expect(post(head, extend, "{\"until\": \"2172-05-01\", \"reason\": \"" + "x".repeat(1001) + "\"}"), 400,
                "reason: tối đa 1000 ký tự");
        expect(post(head, "/api/cycles/" + key + "/units/khong-co/extend", "{\"until\": \"2172-05-01\", \"reason\": \"x\"}"),
                404, "không phải thành viên");
        expect(post(head, "/api/cycles/cluster-3-2999/units/" + late + "/close", "{\"reason\": \"x\"}"), 404,
                "Không có chu kỳ");
        expect(post(head, "/api/cycles/" + key + "/units/" + submitted + "/close", "{\"reason\": \"x\"}"), 409,
                "không có việc đang mở");
        expect(post(head, "/api/cycles/" + key + "/units/" + submitted + "/extend",
                "{\"until\": \"2172-05-01\", \"reason\": \"x\"}"), 409, "không có việc đang mở");
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals(late)).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(UnitStatus.Status.OPEN);
                    assertThat(s.extendedTo()).isNull();
                });

        expect(post(head, extend, "{\"until\": \"2173-12-31\", \"reason\": \"Chờ sáp nhập\"}"), 200, "EXTENDED");
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static void expect(ResponseEntity<String> response, int status, String text) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getBody()).contains(text);
    }
}
