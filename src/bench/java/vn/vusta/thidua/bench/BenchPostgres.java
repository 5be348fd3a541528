package vn.vusta.thidua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.springframework.util.FileSystemUtils;

import vn.vusta.thidua.support.EmbeddedPostgres.Database;

/**
 * The bench's own PostgreSQL 17 server (the zonky binaries the tests use), durable as production: its own data
 * directory under {@code target/bench/pg-data} (emptied at start), {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on (the test server runs with the first two off), {@code pg_stat_statements} loaded so
 * that the server's own statement count can be read next to the application's. Everything else is PostgreSQL's
 * default configuration (128 MB of shared buffers): what a node gets from a database server nobody has tuned.
 */
final class BenchPostgres implements AutoCloseable {

    static final Path DATA = BenchDatabase.DIRECTORY.resolve("pg-data");
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private BenchPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    static BenchPostgres start() {
        try {
            FileSystemUtils.deleteRecursively(DATA);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
                    .builder()
                    .setDataDirectory(DATA.toAbsolutePath())
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.max", "10000")
                    .start();
            BenchPostgres postgres = new BenchPostgres(server);
            postgres.admin("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the bench's PostgreSQL", e);
        }
    }

    /** A new, empty database on this server. */
    Database database(String name) {
        admin("CREATE DATABASE " + name);
        return new Database(server.getJdbcUrl(USER, name), USER, PASSWORD);
    }

    int port() {
        return server.getPort();
    }

    /** The server's settings that make it durable, as they are in effect (read back, not as requested). */
    String durability() {
        StringBuilder s = new StringBuilder();
        try (Connection c = connection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit',"
                        + " 'full_page_writes', 'wal_sync_method', 'shared_buffers', 'server_version') ORDER BY name")) {
            while (rs.next()) {
                s.append(s.length() == 0 ? "" : ", ").append('`').append(rs.getString(1)).append('=').append(rs.getString(2)).append('`');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return s.toString();
    }

    /**
     * The server's counters for one database: committed transactions ({@code pg_stat_database.xact_commit}) and
     * statements executed ({@code pg_stat_statements}, transaction control apart). A backend reports its
     * transactions to {@code pg_stat_database} when it exits or at most once a second, so callers first close the
     * application's idle connections ({@link BenchApp#flushServerStatistics}).
     */
    Counters counters(String database) {
        try (Connection c = connection();
                PreparedStatement commits = c.prepareStatement("SELECT xact_commit FROM pg_stat_database WHERE datname = ?");
                PreparedStatement statements = c.prepareStatement("SELECT coalesce(sum(calls), 0),"
                        + " coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*(begin|commit|rollback|start transaction)'), 0)"
                        + " FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?)")) {
            commits.setString(1, database);
            statements.setString(1, database);
            long xact;
            try (ResultSet rs = commits.executeQuery()) {
                rs.next();
                xact = rs.getLong(1);
            }
            try (ResultSet rs = statements.executeQuery()) {
                rs.next();
                return new Counters(xact, rs.getLong(1) - rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's clock. */
    java.sql.Timestamp now() {
        try (Connection c = connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Client backends connected to {@code database} since before {@code moment} (the pool's new connections are not;
     * nor is autovacuum, which visits the database on its own).
     */
    int backendsSince(String database, java.sql.Timestamp moment) {
        try (Connection c = connection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND backend_start < ? AND backend_type = 'client backend'")) {
            st.setString(1, database);
            st.setTimestamp(2, moment);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU time the server has used so far, in milliseconds: the postmaster with every child it has reaped (its
     * {@code cutime}, {@code cstime}) and every live child (backends, WAL writer, checkpointer, autovacuum).
     */
    long cpuMillis() {
        try {
            long postmaster = Long.parseLong(java.nio.file.Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
            long ticks = 0;
            try (java.util.stream.Stream<java.nio.file.Path> procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
                for (java.nio.file.Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    String[] f = stat(proc);
                    if (f == null) {
                        continue;
                    }
                    long pid = Long.parseLong(proc.getFileName().toString());
                    if (pid == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                    } else if (Long.parseLong(f[1]) == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of /proc/<pid>/stat after the command (field 3, the state, first); null if the process is gone. */
    private static String[] stat(java.nio.file.Path proc) {
        try {
            String line = java.nio.file.Files.readString(proc.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * What weeks of an idle database would have done between opening the tasks and the deadline: {@code VACUUM
     * ANALYZE} of the database (planner statistics of the filled tables; autovacuum would otherwise do it in the
     * middle of the next measure) and a {@code CHECKPOINT}. Returns the seconds it took.
     */
    double settle(String database) {
        long t = System.nanoTime();
        try (Connection c = server.getDatabase(USER, database).getConnection(); Statement st = c.createStatement()) {
            st.execute("VACUUM (ANALYZE)");
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot vacuum " + database, e);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Size of a database on disk, in MB. */
    long sizeMb(String database) {
        try (Connection c = connection(); PreparedStatement st = c.prepareStatement("SELECT pg_database_size(?)")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) >> 20;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Server counters at one moment; callers take differences. */
    record Counters(long commits, long statements) {
        Counters minus(Counters earlier) {
            return new Counters(commits - earlier.commits, statements - earlier.statements);
        }
    }

    private void admin(String sql) {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connection() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // the bench is ending; the data directory is emptied at the next start
        }
    }
}
