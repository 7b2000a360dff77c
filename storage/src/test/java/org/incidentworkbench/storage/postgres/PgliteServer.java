package org.incidentworkbench.storage.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * PGlite, a real PostgreSQL compiled to WASM, served over the wire protocol by node with the real
 * pgvector and Apache AGE extensions created in its one database: the only server these tests can
 * run those extensions on (no binaries exist for the embedded PostgreSQL). Started once for the
 * whole run by every class that registers {@code @RegisterExtension static final PgliteServer PGLITE = new PgliteServer();}.
 * The Maven build installs it with {@code npm ci} from {@code src/test/pglite} into the directory
 * named by the system property {@value #DIR_PROPERTY}.
 *
 * <p>PGlite is one backend shared by every connection: it ignores the startup options that make
 * {@link PostgresTarget}'s sessions read-only and timed, logs everyone in as the superuser, a
 * session setting leaks to all connections, and a named prepared statement outlives its connection,
 * so the next connection's same name collides (PgJDBC names a connection's first explicit commit or
 * rollback {@code S_1}): {@link #admin} prepares nothing on the server, and tests end read sessions
 * by closing them, which rolls back. Use it for extension behaviour only; read-only, cancel and
 * login tests belong on embedded PostgreSQL ({@link LiveScenario}).
 */
final class PgliteServer implements BeforeAllCallback {

    static final String DIR_PROPERTY = "pglite.dir";
    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    private static final String SCRIPT = "node_modules/@electric-sql/pglite-socket/dist/scripts/server.js";
    private static final String EXTENSIONS = "@electric-sql/pglite-pgvector:vector,@electric-sql/pglite-age:age";
    private static final Pattern LISTENING = Pattern.compile("listening on \\{\"port\":(\\d+)");
    private static final long START_SECONDS = 120;

    private Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        shared = context.getRoot().getStore(ExtensionContext.Namespace.create(PgliteServer.class))
                .getOrComputeIfAbsent(Shared.class, k -> Shared.start(), Shared.class);
    }

    int port() {
        return shared.port;
    }

    /** The engine's view of the server; the password is ignored, as every login is. */
    PostgresTarget target() {
        return PostgresTarget.of("127.0.0.1", port(), DATABASE, USER, "postgres");
    }

    /** A plain superuser session, for setting up and inspecting. */
    Connection admin() throws SQLException {
        return Shared.connect(port());
    }

    /** The node process and its port; JUnit closes it when the run ends. */
    private record Shared(Process process, int port) implements AutoCloseable {

        static Shared start() {
            Path dir = Path.of(System.getProperty(DIR_PROPERTY, "target/pglite")).toAbsolutePath();
            if (!Files.isRegularFile(dir.resolve(SCRIPT))) {
                throw new IllegalStateException("PGlite is not installed in " + dir + ": run the storage tests through"
                        + " Maven (mvn -pl storage -am verify), which runs npm ci there from src/test/pglite");
            }
            Path log = dir.resolve("server.log");
            Process process;
            try {
                // Port 0: the server picks a free port and prints it, so runs never race for one.
                process = new ProcessBuilder(List.of("node", SCRIPT, "--port=0", "--max-connections=16",
                        "--extensions=" + EXTENSIONS)).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot run node to start PGlite (is node 20+ on the PATH?)", e);
            }
            try {
                Shared started = new Shared(process, awaitPort(process, log));
                try (Connection c = connect(started.port)) {
                    LiveScenario.execute(c, "CREATE EXTENSION vector");
                    LiveScenario.execute(c, "CREATE EXTENSION age");
                }
                return started;
            } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
                process.destroyForcibly();
                throw new IllegalStateException("PGlite did not start; its output is in " + log, e);
            }
        }

        static Connection connect(int port) throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE
                    + "?prepareThreshold=0", USER, "postgres");
        }

        /** Waits until the server's output says which port it listens on. */
        private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
            while (System.nanoTime() < deadline) {
                Matcher m = LISTENING.matcher(Files.readString(log));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("PGlite exited with status " + process.exitValue() + ":\n"
                            + Files.readString(log));
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("PGlite did not listen within " + START_SECONDS + " s:\n" + Files.readString(log));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
