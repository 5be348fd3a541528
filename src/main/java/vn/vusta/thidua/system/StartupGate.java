package vn.vusta.thidua.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Start-up. Tomcat listens before the start-up runners (reference data, groups and grants, the administrator,
 * demo users and cycles) have run, so until they are done {@code /engine-rest}, {@code /api} and the webapps' API
 * answer 503 with {@code Retry-After}: nobody sees a half-seeded database, and "the REST API answers" means the
 * application is ready. Meanwhile the servlets that are otherwise initialised by the first request (Jersey for
 * {@code /engine-rest}: seconds of class loading; Spring MVC for {@code /api}) are initialised on a second thread,
 * in parallel with the runners instead of after them, and Jersey answers one request internally.
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

    private static final Logger LOG = LoggerFactory.getLogger(StartupGate.class);

    private volatile boolean ready;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startupGateFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (ready) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "1");
                response.setHeader("Cache-Control", "no-store");
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"STARTING\",\"message\":\"Hệ thống đang khởi động\"}");
            }
        });
        registration.setName("startup-gate");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After every {@code ApplicationRunner}. */
    @EventListener(ApplicationReadyEvent.class)
    void open() {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }

    /** Before the runners: initialise the lazily initialised API servlets while they run. */
    @EventListener(ApplicationStartedEvent.class)
    void initialiseServlets(ApplicationStartedEvent event) {
        if (!(event.getApplicationContext() instanceof ServletWebServerApplicationContext web)
                || !(web.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        Thread thread = new Thread(() -> {
            for (Container host : tomcat.getTomcat().getEngine().findChildren()) {
                for (Container context : host.findChildren()) {
                    for (Container child : ((Context) context).findChildren()) {
                        if (child instanceof Wrapper wrapper && isApi(wrapper)) {
                            load(wrapper);
                        }
                    }
                }
            }
        }, "servlet-init");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Jersey's first request costs as much again as its initialisation (resource and provider classes, Jackson
     * serialisers): send the unauthenticated, read-only {@code GET /engine-rest/engine} through it once, directly
     * (no HTTP, so the gate above is not involved), and throw the answer away.
     */
    private static void firstRequest(ServletContainer jersey, String[] mappings) {
        String path = Arrays.stream(mappings).filter(m -> m.endsWith("/*")).findFirst().orElse("/*");
        URI base = URI.create("http://localhost" + path.substring(0, path.length() - 1));
        try {
            ContainerRequest request = new ContainerRequest(base, base.resolve("engine"), "GET", null,
                    new MapPropertiesDelegate(), jersey.getConfiguration());
            request.header("Accept", "application/json");
            jersey.getApplicationHandler().apply(request, OutputStream.nullOutputStream()).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // only a warm-up: the first real request does the same work
            LOG.debug("Jersey warm-up request failed: {}", e.toString());
        }
    }

    private static boolean isApi(Wrapper wrapper) {
        return Arrays.stream(wrapper.findMappings()).anyMatch(m -> m.equals("/") || m.startsWith("/engine-rest/"));
    }

    private static void load(Wrapper wrapper) {
        long start = System.nanoTime();
        try {
            // the same synchronised initialisation a first request does; a request arriving meanwhile waits for it
            wrapper.load();
            if (wrapper.getServlet() instanceof ServletContainer jersey) {
                firstRequest(jersey, wrapper.findMappings());
            }
            LOG.debug("Servlet {} initialised in {} ms", wrapper.getName(), (System.nanoTime() - start) / 1_000_000);
        } catch (ServletException | RuntimeException e) {
            // the first request initialises it instead, and reports the failure there
            LOG.warn("Servlet {} not initialised at start-up: {}", wrapper.getName(), e.toString());
        }
    }
}
