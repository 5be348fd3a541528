package vn.vusta.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.vusta.thidua.ThiDuaApplication;

/**
 * One node of a cluster inside the test JVM: the whole application with the production profile on a shared
 * PostgreSQL database, its own random port, its own job executor (lock owner = node name) and its own process
 * engine. Engines register in Camunda's JVM-wide {@code ProcessEngines} map by name, and the REST API finds
 * its engine there, so every node gets a distinct engine name and is called at
 * {@code /engine-rest/engine/<name>/...}; two engines both named "default" would overwrite each other.
 * (Names without hyphens: the starter ignores a hyphenated {@code camunda.bpm.process-engine-name}.)
 */
public final class ApplicationNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final ConfigurableApplicationContext context;
    private final int port;

    private ApplicationNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts a node; {@code settings} are extra {@code key=value} properties that win over the profiles. */
    public static ApplicationNode start(String name, EmbeddedPostgres.Database database, String... settings) {
        String[] base = {
            "--server.port=0",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password(),
            "--camunda.bpm.process-engine-name=" + name,
            "--thidua.node-name=" + name,
            "--THIDUA_NODE_NAME=" + name,
        };
        String[] args = new String[base.length + settings.length];
        System.arraycopy(base, 0, args, 0, base.length);
        for (int i = 0; i < settings.length; i++) {
            args[base.length + i] = "--" + settings[i];
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ThiDuaApplication.class, NodeLockOwner.class)
                .profiles("demo", "test", "postgres")
                .run(args);
        return new ApplicationNode(name, context);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public ProcessEngine engine() {
        return bean(ProcessEngine.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** POST to this node's engine REST API ({@code path} after {@code /engine-rest/engine/<name>}) with HTTP Basic. */
    public HttpResponse<String> postToEngineRest(String path, String json, String user, String password) {
        return send(HttpRequest.newBuilder(engineRest(path)).header("Content-Type", "application/json")
                .header("Authorization", basic(user, password)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET from this node's engine REST API with HTTP Basic. */
    public HttpResponse<String> getFromEngineRest(String path, String user, String password) {
        return send(HttpRequest.newBuilder(engineRest(path)).header("Authorization", basic(user, password)).GET());
    }

    public boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    private URI engineRest(String path) {
        return URI.create("http://localhost:" + port + "/engine-rest/engine/" + name + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
