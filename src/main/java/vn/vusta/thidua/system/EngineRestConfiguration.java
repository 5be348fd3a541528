package vn.vusta.thidua.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Camunda's REST API with our answers for everyday errors ({@link EngineRestErrors}) and no content sniffing. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig engineRestResources() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(EngineRestErrors.Wrapped.class);
                register(EngineRestErrors.Unwrapped.class);
            }
        };
    }

    /** JSON only, never sniffed into HTML by a browser (as for {@code /api}). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestNoSniff() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                chain.doFilter(request, response);
            }
        });
        registration.setName("engine-rest-no-sniff");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(0);
        return registration;
    }
}
