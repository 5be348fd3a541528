package vn.vusta.thidua.cycle;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.vusta.thidua.system.CurrentUser;

/** The merger API's validation without the engine: no merger from a future day, a date must be YYYY-MM-DD. */
@WebMvcTest(MergerController.class)
class MergerControllerTest {

    /** 1 July 2025, 08:00 in Vietnam: the day the provinces merged. */
    private static final Instant NOW = Instant.parse("2025-07-01T01:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MergerApplication mergers;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    Clock clock;

    @BeforeEach
    void itIsTheDayOfTheMerger() {
        when(clock.instant()).thenReturn(NOW);
        when(currentUser.id()).thenReturn("admin");
        when(mergers.applyDue(any(), anyString())).thenReturn(List.of());
    }

    private ResultActions apply(String json) throws Exception {
        return mvc.perform(post("/api/mergers/apply").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void shouldRefuseToApplyMergersOfAFutureDay() throws Exception {
        apply("{\"date\": \"2025-07-02\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("BAD_REQUEST"))
                .andExpect(jsonPath("$.message").value("date: 2025-07-02 chưa đến — sáp nhập chỉ áp dụng từ ngày có hiệu lực"));
        verify(mergers, never()).applyDue(any(), anyString());
    }

    @Test
    void shouldRefuseADateNotWrittenYearMonthDay() throws Exception {
        apply("{\"date\": \"01/07/2025\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("date: '01/07/2025' không phải ngày dạng YYYY-MM-DD"));
        verify(mergers, never()).applyDue(any(), anyString());
    }

    @Test
    void shouldApplyTodaysMergersInVietnamWhenNoDateIsGiven() throws Exception {
        apply("{}").andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2025-07-01"));

        verify(mergers).applyDue(LocalDate.of(2025, 7, 1), "admin");
    }
}
