package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;

/**
 * Scenario 4 of the user guide, in Chromium: the administrator opens Cockpit, sees the running cycles of the
 * emulation-cycle process with its diagram rendered and the cycles' current activity marked, then one cycle's
 * registration phase with the units' task marked and the phase's reminder and deadline paths drawn.
 */
@ThiDuaSpringTest
class BrowserCockpitTest {

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
    void theAdministratorSeesTheRunningCyclesWithTheirDiagramsInCockpit() {
        String key = CycleSetup.key(9, 2027);
        cycles.openRegistration(9, 2027, "can-tho", "ca-mau");
        String cycle = cycles.cycle(key).getId();

        try (Browser browser = Browser.open(port, "5-admin-cockpit")) {
            Webapp.login(browser, "cockpit", "admin", "demo");
            browser.waitFor(By.cssSelector("[cam-widget-header]"));
            browser.screenshot("cockpit-dashboard");

            browser.go("/camunda/app/cockpit/default/#/process-instance/" + cycle + "/runtime");
            browser.waitFor(By.cssSelector(".djs-container svg"));
            browser.waitFor(By.cssSelector(".djs-overlays[data-container-id='CallActivity_Registration'] .badge"));
            assertThat(browser.text()).contains(key);
            browser.screenshot("cycle-instance");

            String phase = browser.driver().findElements(By.cssSelector("a[href*='process-instance/']")).stream()
                    .map(a -> a.getAttribute("href")).filter(h -> !h.contains(cycle)).findFirst().orElse(null);
            browser.go("/camunda/app/cockpit/default/#/process-definition/"
                    + cycles.cycle(key).getProcessDefinitionId() + "/runtime");
            browser.waitFor(By.cssSelector(".djs-container svg"));
            browser.waitFor(By.cssSelector(".djs-overlays[data-container-id='CallActivity_Registration'] .badge"));
            browser.screenshot("cycle-definition");
            assertThat(phase == null || phase.contains("process-instance")).isTrue();

            ProcessInstance registration = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                    .processDefinitionKey("registration").singleResult();
            browser.go("/camunda/app/cockpit/default/#/process-instance/" + registration.getId() + "/runtime");
            browser.waitFor(By.cssSelector(".djs-overlays[data-container-id='Task_RegisterTargets'] .badge"));
            for (String element : new String[] {"BoundaryEvent_RegistrationReminder", "BoundaryEvent_RegistrationDeadline",
                "Task_RemindOpenUnits", "Task_EscalateLateUnits", "Gateway_RegistrationsToTally"}) {
                assertThat(browser.driver().findElements(By.cssSelector(".djs-element[data-element-id='" + element + "']")))
                        .as(element).isNotEmpty();
            }
            browser.screenshot("registration-instance");
        }
    }
}
