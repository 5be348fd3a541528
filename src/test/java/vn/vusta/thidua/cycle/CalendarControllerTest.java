package vn.vusta.thidua.cycle;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.system.ForbiddenException;

/**
 * The calendar API's validation and error mapping, without the engine: a bad deadline is refused with a
 * Vietnamese 400 naming every problem, and nothing is saved. (Authentication is the full application's:
 * {@code system.RestAuthenticationTest}.)
 */
@WebMvcTest(CalendarController.class)
class CalendarControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DeadlineCalendar calendar;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    AuditTrail audit;

    private ResultActions putDeadlines(String json) throws Exception {
        return mvc.perform(put("/api/calendar/8/2026").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void nothingSaved() {
        verify(calendar, never()).setOwnDeadline(anyInt(), anyInt(), any(), any());
        verify(audit, never()).record(anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void shouldRefuseAPhaseWithoutDeadline() throws Exception {
        putDeadlines("{\"ELIGIBILITY\": \"2026-04-15\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("BAD_REQUEST"))
                .andExpect(jsonPath("$.message").value(
                        "ELIGIBILITY: không phải giai đoạn có hạn [REGISTRATION, MID_YEAR, YEAR_END, VOTE, COUNCIL]"));
        nothingSaved();
    }

    @Test
    void shouldRefuseADateNotWrittenYearMonthDay() throws Exception {
        putDeadlines("{\"REGISTRATION\": \"15/04/2026\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("REGISTRATION: '15/04/2026' không phải ngày dạng YYYY-MM-DD"));
        nothingSaved();
    }

    @Test
    void shouldRefuseAnEmptyDate() throws Exception {
        putDeadlines("{\"VOTE\": null}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("VOTE: 'null' không phải ngày dạng YYYY-MM-DD"));
        nothingSaved();
    }

    @Test
    void shouldRefuseADayOutsideTheCycleYearButLetTheCouncilDecideEarlyNextYear() throws Exception {
        putDeadlines("{\"YEAR_END\": \"2027-01-10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("YEAR_END: ngày 2027-01-10 không thuộc năm 2026"));
        nothingSaved();

        putDeadlines("{\"COUNCIL\": \"2027-01-10\"}").andExpect(status().isOk());
        verify(calendar).setOwnDeadline(8, 2026, Phase.COUNCIL, LocalDate.of(2027, 1, 10));
    }

    @Test
    void shouldNameEveryProblemAtOnceAndSaveNoneOfTheValidDays() throws Exception {
        putDeadlines("{\"REGISTRATION\": \"2026-04-15\", \"MID_YEAR\": \"mai\", \"VOTE\": \"2025-12-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("MID_YEAR: 'mai' không phải ngày dạng YYYY-MM-DD; "
                        + "VOTE: ngày 2025-12-01 không thuộc năm 2026"));
        nothingSaved();
    }

    @Test
    void shouldAnswerForbiddenInVietnameseToANonAdministrator() throws Exception {
        doThrow(new ForbiddenException("Chỉ quản trị viên được thực hiện thao tác này")).when(currentUser).requireAdministrator();

        putDeadlines("{\"REGISTRATION\": \"2026-04-15\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("FORBIDDEN"))
                .andExpect(jsonPath("$.message").value("Chỉ quản trị viên được thực hiện thao tác này"));
        nothingSaved();
    }
}
