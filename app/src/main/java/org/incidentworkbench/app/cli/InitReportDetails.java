package org.incidentworkbench.app.cli;

import org.incidentworkbench.storage.postgres.SchemaInit;
import org.incidentworkbench.storage.postgres.ServerCapabilities;
import org.incidentworkbench.storage.schema.EvidenceSchema;

/** What {@code db init} found and did, in words: the server, the schema, and what each extension gave it. */
final class InitReportDetails {

    private InitReportDetails() {
    }

    /** The report as values and a listing of the schema's tables with their kind (table or hypertable). */
    static Details of(SchemaInit.Report report) {
        Table tables = Table.withColumns("table", "kind");
        for (String table : EvidenceSchema.TABLES) {
            tables.row(table, report.hypertables().contains(table) ? "hypertable" : "table");
        }
        return new Details("tables", tables)
                .with("database", report.database())
                .with("server", report.server().describe())
                .with("schema", schema(report))
                .with("timescaledb", timescale(report))
                .with("pgvector", pgvector(report));
    }

    static String schema(SchemaInit.Report report) {
        String version = "incident schema version " + EvidenceSchema.CURRENT_VERSION;
        return switch (report.outcome()) {
            case CREATED -> "created " + version;
            case COMPLETED -> "completed " + version;
            case UNCHANGED -> version + " already in place; nothing changed";
        };
    }

    private static String timescale(SchemaInit.Report report) {
        ServerCapabilities server = report.server();
        if (server.timescale()) {
            return "TimescaleDB " + server.installed().get(ServerCapabilities.TIMESCALE) + ": hypertables "
                    + String.join(", ", report.hypertables());
        }
        return notInstalled(server, ServerCapabilities.TIMESCALE, "signals in plain tables", "hypertables");
    }

    private static String pgvector(SchemaInit.Report report) {
        ServerCapabilities server = report.server();
        if (report.vectorColumn().isPresent()) {
            return "pgvector " + server.installed().get(ServerCapabilities.PGVECTOR) + ": kb_embeddings.embedding is "
                    + report.vectorColumn().get() + ", derived from the REAL[] vectors";
        }
        return notInstalled(server, ServerCapabilities.PGVECTOR, "vectors as REAL[], searched without it", "a vector column");
    }

    private static String notInstalled(ServerCapabilities server, String extension, String meanwhile, String gain) {
        if (server.available().contains(extension)) {
            return "not created in this database: " + meanwhile + " (CREATE EXTENSION " + extension
                    + ", then run db init again for " + gain + ")";
        }
        return "not on this server: " + meanwhile;
    }
}
