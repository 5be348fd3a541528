package vn.vusta.thidua.system;

import java.time.Duration;

import jakarta.servlet.FilterConfig;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST starter leaves {@code /engine-rest} open; this puts Camunda's HTTP Basic filter in front of it
 * (authorizations are enforced by the engine for the authenticated user) and our own filter in front of
 * {@code /api}. Both remember a successful HTTP Basic authentication for {@code thidua.security.basic-auth-cache}
 * (default 30 s, 0 = off; see {@link BasicAuthenticationCache} and docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

    @Bean
    BasicAuthenticationCache basicAuthenticationCache(
            @Value("${thidua.security.basic-auth-cache:PT30S}") Duration period) {
        return new BasicAuthenticationCache(period);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(BasicAuthenticationCache cache) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(cache));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
            BasicAuthenticationCache cache) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, cache));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(2);
        return registration;
    }

    /** Camunda's filter with our provider instance (the stock one is made by class name, without the cache). */
    static final class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

        EngineRestAuthenticationFilter(BasicAuthenticationCache cache) {
            this.authenticationProvider = new CachingBasicAuthenticationProvider(cache);
        }

        @Override
        public void init(FilterConfig filterConfig) {
            servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
        }
    }
}
