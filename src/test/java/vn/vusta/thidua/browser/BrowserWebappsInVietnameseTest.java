package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.thidua.ThiDuaSpringTest;

/**
 * The administrator's first screens of Cockpit, Admin and the Welcome page, in a browser set to Vietnamese: the
 * login page and each screen read in Vietnamese, under the application's name, and no label of the webapp's own
 * English locale file is left on the screen (which is what shows when a {@code vi.json} is missing or lacks a key).
 */
@ThiDuaSpringTest
class BrowserWebappsInVietnameseTest {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String ADMIN = "/camunda/app/admin/default/";
    /** The engine's variable types, shown as they are in Cockpit's variables table (values, not labels). */
    private static final Set<String> VARIABLE_TYPES = Set.of("Boolean", "Bytes", "Date", "Double", "File", "Integer",
            "Json", "Long", "Null", "Object", "Short", "String", "Xml");

    @LocalServerPort
    int port;
    @Autowired
    CycleSetup cycles;
    @Autowired
    RuntimeService runtimeService;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void cockpitShowsTheProcessesInstancesAndIncidentsInVietnamese() {
        String key = CycleSetup.key(6, 2023);
        cycles.openRegistration(6, 2023, "binh-dinh", "phu-yen");
        String cycle = cycles.cycle(key).getId();
        String registration = runtimeService.createExecutionQuery().processInstanceId(cycle)
                .activityId("CallActivity_Registration").singleResult().getId();
        runtimeService.createIncident("thiduaCheck", registration, "browser-test", "Sự cố thử nghiệm của " + key);

        try (Browser browser = Browser.open(port, "6-admin-cockpit-vi")) {
            Webapp.login(browser, "cockpit", "admin", "demo");
            assertThat(browser.driver().getTitle()).contains("Thi đua – LHHVN · Giám sát");
            browser.waitForText("*", "Phiên quy trình đang chạy");
            assertThat(browser.text()).contains("Quy trình", "Quyết định", "Nhiệm vụ người dùng", "Sự cố chưa xử lý");
            assertNoEnglishLabel(browser, "cockpit");
            browser.screenshot("dashboard");

            browser.go(COCKPIT + "#/processes");
            browser.waitForText("*", "định nghĩa quy trình đã triển khai");
            browser.waitForText("td", "Chu kỳ thi đua của cụm");
            assertThat(browser.text()).contains("Đăng ký thi đua", "Sự cố", "Phiên đang chạy");
            assertNoEnglishLabel(browser, "cockpit");
            browser.screenshot("processes");

            browser.go(COCKPIT + "#/process-definition/" + cycles.cycle(key).getProcessDefinitionId() + "/runtime");
            browser.waitFor(By.cssSelector(".djs-container svg"));
            browser.waitForText("*", key);
            assertThat(browser.text()).contains("Phiên quy trình", "Sự cố", "Định nghĩa tác vụ nền", "Mã nghiệp vụ");
            assertNoEnglishLabel(browser, "cockpit");
            browser.screenshot("instances");

            browser.go(COCKPIT + "#/process-instance/" + cycle + "/runtime");
            browser.waitForText("td", "clusterLabel");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("vi");
            assertThat(browser.script("return getComputedStyle(document.querySelector('[cam-widget-variables-table] thead td.actions'), '::after').content"))
                    .as("the variables table's hard-coded \"Actions\" header").isEqualTo("\"Thao tác\"");
            assertThat(browser.text()).contains("Tên", "Loại", "Giá trị", "Phạm vi");
            assertNoEnglishLabel(browser, "cockpit");
            browser.screenshot("instance-variables");

            browser.go(COCKPIT + "#/process-instance/" + cycle + "/runtime?tab=incidents-tab");
            browser.waitForText("*", "Sự cố thử nghiệm của " + key);
            assertThat(browser.text()).contains("Biến", "Sự cố", "Phiên quy trình được gọi", "Tác vụ nền");
            assertNoEnglishLabel(browser, "cockpit");
            browser.screenshot("instance-incidents");
        }
    }

    @Test
    void adminShowsUsersGroupsAndAuthorizationsInVietnamese() {
        try (Browser browser = Browser.open(port, "7-admin-admin-vi")) {
            Webapp.login(browser, "admin", "admin", "demo");
            assertThat(browser.driver().getTitle()).contains("Thi đua – LHHVN · Quản trị");
            browser.waitForText("*", "Phân quyền");
            assertThat(browser.text()).contains("Người dùng", "Nhóm", "Hệ thống");
            assertNoEnglishLabel(browser, "admin");
            browser.screenshot("dashboard");

            browser.go(ADMIN + "#/users");
            browser.waitForText("td", "council-chair");
            assertThat(browser.text()).contains("Thêm người dùng", "Tên", "Họ");
            assertNoEnglishLabel(browser, "admin");
            browser.screenshot("users");

            browser.go(ADMIN + "#/groups");
            browser.waitForText("td", "council-office");
            assertThat(browser.text()).contains("Tạo nhóm mới");
            assertNoEnglishLabel(browser, "admin");
            browser.screenshot("groups");

            browser.go(ADMIN + "#/authorization?resource=0");
            browser.waitForText("th", "Người dùng / Nhóm");
            assertThat(browser.text()).contains("Quyền", "Thao tác", "tasklist");
            assertNoEnglishLabel(browser, "admin");
            browser.screenshot("authorizations");

            browser.go("/camunda/app/welcome/default/");
            browser.waitForText("*", "Ứng dụng");
            assertThat(browser.text()).contains("Quản trị", "Giám sát quy trình", "Danh sách nhiệm vụ");
            assertNoEnglishLabel(browser, "welcome");
            browser.screenshot("welcome");
        }
    }

    /**
     * Fails when a text on the screen is one of the app's English labels (from the webjar's {@code en.json}) that
     * the Vietnamese file translates: the app fell back to English for it.
     */
    private static void assertNoEnglishLabel(Browser browser, String app) {
        browser.settle();
        Set<String> english = englishOnlyLabels(app);
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) browser.script("""
                var out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (walker.nextNode()) {
                  var node = walker.currentNode, el = node.parentElement, text = node.nodeValue.trim();
                  if (text && el && el.offsetParent !== null && !el.closest('.djs-container')
                      && getComputedStyle(el).fontSize !== '0px') out.push(text);
                }
                document.querySelectorAll('input[placeholder]').forEach(function (i) { out.push(i.placeholder.trim()); });
                return out;
                """);
        List<String> left = new ArrayList<>();
        for (String text : texts) {
            if (english.contains(text) && !VARIABLE_TYPES.contains(text)) {
                left.add(text);
            }
        }
        assertThat(left).as("English labels on " + browser.driver().getCurrentUrl()).isEmpty();
    }

    /** The values of the app's {@code en.json} labels whose Vietnamese translation differs, of two letters or more. */
    private static Set<String> englishOnlyLabels(String app) {
        JsonNode en = locale(app, "en").get("labels");
        JsonNode vi = locale(app, "vi").get("labels");
        Set<String> labels = new TreeSet<>();
        en.fields().forEachRemaining(entry -> {
            String english = entry.getValue().asText().trim();
            if (english.length() > 1 && !english.equals(vi.path(entry.getKey()).asText().trim())) {
                labels.add(english);
            }
        });
        return labels;
    }

    private static JsonNode locale(String app, String language) {
        String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
        try (InputStream in = BrowserWebappsInVietnameseTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
