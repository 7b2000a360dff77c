package org.incidentworkbench.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SchemaInit;

/**
 * An embedded PostgreSQL (as the tests use; its settings are PostgreSQL's defaults but
 * {@code synchronous_commit=off}) whose databases the benchmarks create, each holding the incident
 * schema as {@code workbench db init} leaves it.
 */
final class BenchPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private BenchPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static BenchPostgres start() {
        try {
            return new BenchPostgres(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database with the incident schema, as its owner (the superuser, over TCP) reaches it. */
    PostgresTarget newDatabase(String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PostgresTarget target = PostgresTarget.of("localhost", server.getPort(), name, "postgres", null);
        SchemaInit.run(target, false);
        return target;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
