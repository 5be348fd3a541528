package vn.vusta.thidua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.vusta.thidua.ThiDuaApplication;
import vn.vusta.thidua.support.EmbeddedPostgres.Database;

/**
 * The whole application in the bench JVM on one database kind, started for the sections of that kind and closed
 * before the next: on the bench's file-based H2 ({@code demo, bench}), or with the production profile
 * {@code postgres} on the bench's PostgreSQL ({@code demo, postgres, bench}: the pool, engine and server settings of
 * production; the bench profile last, so that its job executor stays off — the bench runs the jobs). Demo users
 * (password {@code demo}) and the synthetic clusters of {@link SyntheticReference} in both.
 */
final class BenchApp implements AutoCloseable {

    /** The database kinds the bench measures. */
    enum Kind {
        H2("H2"), POSTGRES("PostgreSQL");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Kind kind;
    private final ConfigurableApplicationContext context;
    private final BenchPostgres postgres;
    private final String databaseName;

    private BenchApp(Kind kind, ConfigurableApplicationContext context, BenchPostgres postgres, String databaseName) {
        this.kind = kind;
        this.context = context;
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    static BenchApp onH2() {
        return new BenchApp(Kind.H2, new SpringApplicationBuilder(ThiDuaApplication.class).profiles("demo", "bench")
                .run("--server.port=0"), null, null);
    }

    /** On a new database of the given server. */
    static BenchApp onPostgres(BenchPostgres postgres, String databaseName) {
        Database database = postgres.database(databaseName);
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                // the browser measure runs on plain HTTP
                "--THIDUA_SECURE_COOKIES=false",
                "--THIDUA_HSTS_DISABLED=true",
                "--thidua.data-dir=" + BenchDatabase.DIRECTORY.resolve("data-postgres")));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ThiDuaApplication.class)
                .profiles("demo", "postgres", "bench").run(args.toArray(String[]::new));
        return new BenchApp(Kind.POSTGRES, context, postgres, databaseName);
    }

    Kind kind() {
        return kind;
    }

    String label() {
        return kind.label;
    }

    boolean isPostgres() {
        return kind == Kind.POSTGRES;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    BenchPostgres postgres() {
        return postgres;
    }

    String databaseName() {
        return databaseName;
    }

    /**
     * The server's counters after every transaction so far has been reported: PostgreSQL adds a backend's
     * committed transactions to {@code pg_stat_database} at most once a second and otherwise when the backend
     * exits, so the pool's idle connections are closed first (it opens new ones as they are needed). Null on H2.
     */
    BenchPostgres.Counters serverCounters() {
        if (postgres == null) {
            return null;
        }
        try {
            HikariDataSource hikari = bean(DataSource.class).unwrap(HikariDataSource.class);
            java.sql.Timestamp evicted = postgres.now();
            hikari.getHikariPoolMXBean().softEvictConnections();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (postgres.backendsSince(databaseName, evicted) > 0) {
                if (System.nanoTime() > deadline) {
                    // the counters then miss the last second of that connection's transactions; say so, do not stop
                    System.out.println("bench: WARNING: the pool's connections to " + databaseName + " did not close within 10 s");
                    break;
                }
                Thread.sleep(20);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return postgres.counters(databaseName);
    }

    @Override
    public void close() {
        context.close();
    }
}
