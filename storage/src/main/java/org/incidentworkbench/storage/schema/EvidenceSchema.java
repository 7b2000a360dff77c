package org.incidentworkbench.storage.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The incident evidence schema: the version this build writes and reads, its tables, its DDL. */
public final class EvidenceSchema {

    /** The schema version this build writes, and the newest it can read. */
    public static final int CURRENT_VERSION = 1;

    /** Every table of the schema, in the order they are created and listed. */
    public static final List<String> TABLES = List.of(
            "schema_info", "services", "topology_edges", "incidents", "incident_decisions",
            "deployment_events", "config_change_events", "commits", "commit_files", "deployment_commit_ranges",
            "metric_descriptors", "metric_points", "log_records", "log_templates", "spans",
            "evidence_artifacts", "incident_hypotheses", "incident_reports", "feedback_events",
            "kb_documents", "kb_embeddings");

    /** The engines the schema is written for; each has its DDL as a resource beside this class. */
    public enum Engine {
        DUCKDB("duckdb-v1.sql"), POSTGRES("postgres-v1.sql");

        private final String resource;

        Engine(String resource) {
            this.resource = resource;
        }
    }

    private EvidenceSchema() {
    }

    /** The program name and version recorded in {@code schema_info.writer}. */
    public static String writer() {
        Properties p = new Properties();
        try (InputStream in = EvidenceSchema.class.getResourceAsStream("workbench-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "Incident Workbench " + p.getProperty("version", "dev");
    }

    /** The DDL script of {@code engine}, as one string. */
    public static String ddl(Engine engine) {
        try (InputStream in = EvidenceSchema.class.getResourceAsStream(engine.resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the build: " + engine.resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The DDL of {@code engine} split into statements, comments dropped. Statements end with a
     * semicolon at the end of a line; PostgreSQL {@code DO $$ ... $$;} blocks are kept whole.
     */
    public static List<String> statements(Engine engine) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inDollarBlock = false;
        for (String line : ddl(engine).split("\n")) {
            String code = inDollarBlock ? line : stripComment(line);
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (countOf(code, "$$") % 2 == 1) {
                inDollarBlock = !inDollarBlock;
            }
            if (!inDollarBlock && code.stripTrailing().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String stripComment(String line) {
        int dash = line.indexOf("--");
        return dash < 0 ? line : line.substring(0, dash);
    }

    private static int countOf(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
