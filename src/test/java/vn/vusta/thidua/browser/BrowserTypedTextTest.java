package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.Registrations;

/**
 * Nothing an officer types is lost: a whole registration typed into Tasklist key by key — at a person's pace with a
 * click into the next field, and as fast as the keyboard goes with Tab — is stored exactly as typed. form-js 1.8.7
 * re-renders the whole form when a number field settles (300 ms after it is left); a text field being typed at
 * that moment used to lose what it held so far. Cluster 3 of year 2101 (members read from the reference data).
 */
@ThiDuaSpringTest
class BrowserTypedTextTest {

    private static final int CLUSTER = 3;
    private static final int YEAR = 2101;

    @LocalServerPort
    int port;
    @Autowired
    CycleSetup cycles;
    @Autowired
    ReferenceData reference;
    @Autowired
    Registrations registrations;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void everyTypedValueIsStoredAsTyped() {
        List<String> members = reference.membersOn(CLUSTER, LocalDate.of(YEAR, 1, 1));
        assertThat(members).hasSizeGreaterThanOrEqualTo(2);
        cycles.openRegistration(CLUSTER, YEAR, members.get(0), members.get(1));
        String key = CycleSetup.key(CLUSTER, YEAR);
        String person = members.get(0);
        String fast = members.get(1);

        try (Browser browser = Browser.open(port, "typed-text")) {
            register(browser, person, Duration.ofMillis(90), false);
            Webapp.logout(browser);
            register(browser, fast, Duration.ZERO, true);
        }

        for (String unit : List.of(person, fast)) {
            Registration stored = registrations.latest(key, unit).orElseThrow();
            List<String> descriptions = new ArrayList<>();
            List<BigDecimal> targets = new ArrayList<>();
            stored.targets().forEach(t -> {
                descriptions.add(t.description());
                targets.add(t.target().stripTrailingZeros());
            });
            assertThat(descriptions).as("descriptions stored for " + unit).containsExactlyElementsOf(notes());
            assertThat(targets).as("targets stored for " + unit)
                    .containsExactlyElementsOf(typedTargets().stream().map(t -> new BigDecimal(t.replace(',', '.')).stripTrailingZeros()).toList());
        }
    }

    /** Logs in as the officer and types the whole registration, key by key, then completes it. */
    private void register(Browser browser, String officer, Duration perKey, boolean tab) {
        Tasklist tasklist = Tasklist.login(browser, officer);
        tasklist.openStartingWith("Nộp đăng ký thi đua năm " + YEAR);
        tasklist.claim();
        List<String> targets = typedTargets();
        List<String> notes = notes();
        for (int field = 1; field <= 8; field++) {
            tasklist.typeKeys("Field_Target" + field, targets.get(field - 1), perKey, false);
            tasklist.typeKeys("Field_TargetNote" + field, notes.get(field - 1), perKey, tab);
        }
        tasklist.check("Field_AimMerit", true).check("Field_CovenantAccepted", true);
        tasklist.show("Field_TargetNote8");
        browser.screenshot("registration-typed-" + officer);
        tasklist.complete();
        browser.until(d -> registrations.latest(CycleSetup.key(CLUSTER, YEAR), officer).isPresent());
        browser.screenshot("registration-completed-" + officer);
    }

    private static List<String> typedTargets() {
        return List.of("12", "7,5", "30", "4", "250", "3", "18", "9");
    }

    private static List<String> notes() {
        // each lasts well over form-js's 300 ms at a person's pace (15-22 keys, 1.3-2 s): the re-render falls inside
        return List.of("Hội thảo khoa học",
                "Tập hợp trí thức",
                "Phản biện 3 đề án",
                "Ứng dụng nông nghiệp",
                "Bản tin hằng quý",
                "Hợp tác quốc tế",
                "Hội thi Sáng tạo lần 9",
                "Tôn vinh trí thức");
    }
}
