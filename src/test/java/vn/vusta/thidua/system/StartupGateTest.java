package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until the start-up runners are done, the APIs answer 503 and pass nothing on; afterwards they pass everything. */
class StartupGateTest {

    @Test
    void answersServiceUnavailableUntilTheApplicationIsReady() throws Exception {
        StartupGate gate = new StartupGate();
        FilterRegistrationBean<OncePerRequestFilter> registration = gate.startupGateFilter();
        assertThat(registration.getUrlPatterns()).contains("/engine-rest/*", "/api/*", "/camunda/api/*");

        MockHttpServletResponse starting = new MockHttpServletResponse();
        MockFilterChain notReached = new MockFilterChain();
        registration.getFilter().doFilter(new MockHttpServletRequest("GET", "/engine-rest/engine"), starting, notReached);
        assertThat(starting.getStatus()).isEqualTo(503);
        assertThat(starting.getHeader("Retry-After")).isEqualTo("1");
        assertThat(starting.getContentAsString()).contains("STARTING");
        assertThat(notReached.getRequest()).isNull();

        gate.open();
        MockHttpServletResponse ready = new MockHttpServletResponse();
        MockFilterChain reached = new MockFilterChain();
        registration.getFilter().doFilter(new MockHttpServletRequest("GET", "/engine-rest/engine"), ready, reached);
        assertThat(ready.getStatus()).isEqualTo(200);
        assertThat(reached.getRequest()).isNotNull();
    }
}
