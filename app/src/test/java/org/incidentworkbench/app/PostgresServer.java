package org.incidentworkbench.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL for the whole test run (it takes seconds to start), shared by every class
 * that registers {@code @RegisterExtension static final PostgresServer PG = new PostgresServer();};
 * each test works in a database of its own. The superuser logs in without a password.
 */
final class PostgresServer implements BeforeAllCallback {

    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(ExtensionContext.Namespace.create(PostgresServer.class))
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class).server();
    }

    /** A new empty database; its URL as the command line takes it. */
    String newDatabase(String name) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "postgresql://postgres@localhost:" + server.getPort() + "/" + name;
    }

    int port() {
        return server.getPort();
    }

    /** A superuser session on {@code database}, for setting up and checking. */
    Connection connect(String database) throws SQLException {
        return server.getDatabase("postgres", database).getConnection();
    }

    /** The server of the run; JUnit closes it when the run ends. */
    private record Running(EmbeddedPostgres server) implements AutoCloseable {

        static Running start() {
            try {
                return new Running(EmbeddedPostgres.builder().start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
