package vn.vusta.thidua.overview;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page {@code /tong-quan/} (static files in {@code static/tong-quan/}, the chart library from its webjar)
 * with headers that allow only its own scripts and styles. The page holds no data: it asks {@code /api/overview}
 * with the webapps' session, and sends a visitor without one to the Tasklist login (docs/webapps.md).
 */
@Configuration(proxyBeanMethods = false)
class OverviewPage implements WebMvcConfigurer {

    static final String PATH = "/tong-quan/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/tong-quan", PATH);
        registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> overviewPageHeaders() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                        + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "same-origin");
                chain.doFilter(request, response);
            }
        });
        registration.setName("overview-page-headers");
        registration.addUrlPatterns("/tong-quan", "/tong-quan/*");
        return registration;
    }
}
