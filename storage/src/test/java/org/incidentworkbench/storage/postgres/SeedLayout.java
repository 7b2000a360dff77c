package org.incidentworkbench.storage.postgres;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.json.Json;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link LiveScenario}'s data also in the storage-design seed's layout: its signal, knowledge
 * and topology tables in schema {@value #SCHEMA} (see seed-layout.sql), written from the same
 * {@link TestScenario} rows by plain JDBC batches, transformed as the seed-layout profile expects
 * (the service in the metric labels, trace ids in the log fields, severities spelt the many ways
 * logs spell them, span kind and status as attributes, one kb_docs row per embedded chunk). Role
 * {@value #READER} finds those tables first on its search path and the canonical incident and
 * change tables after them. Set up once per run, beside the canonical data, which it leaves alone.
 */
final class SeedLayout implements BeforeAllCallback {

    static final String SCHEMA = "seed_layout";
    static final String READER = "seed_reader";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveScenario live = new LiveScenario();

    @Override
    public void beforeAll(ExtensionContext context) {
        live.beforeAll(context);
        context.getRoot().getStore(ExtensionContext.Namespace.create(SeedLayout.class))
                .getOrComputeIfAbsent(SeedLayout.class, k -> create(), Object.class);
    }

    LiveScenario live() {
        return live;
    }

    /** The seed-layout tables, as the engine sees them. */
    PostgresTarget target() {
        return PostgresTarget.of("localhost", live.port(), LiveScenario.DATABASE, READER, LiveScenario.PASSWORD);
    }

    private Object create() {
        try (Connection c = live.admin()) {
            LiveScenario.execute(c, "CREATE SCHEMA " + SCHEMA);
            LiveScenario.execute(c, "SET search_path = " + SCHEMA);
            createTables(c);
            LiveScenario.execute(c, "RESET search_path");
            load(c, live.scenario(), SCHEMA);
            LiveScenario.execute(c, "ANALYZE");
            LiveScenario.execute(c, "CREATE ROLE " + READER + " LOGIN PASSWORD '" + LiveScenario.PASSWORD + "'");
            LiveScenario.execute(c, "ALTER ROLE " + READER + " SET search_path = " + SCHEMA + ", public");
            LiveScenario.execute(c, "GRANT USAGE ON SCHEMA " + SCHEMA + " TO " + READER);
            LiveScenario.execute(c, "GRANT SELECT ON ALL TABLES IN SCHEMA " + SCHEMA + ", public TO " + READER);
            return SCHEMA;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the seed layout", e);
        }
    }

    /** Creates the seed's tables (seed-layout.sql) in the first schema on {@code c}'s search path. */
    static void createTables(Connection c) throws SQLException, IOException {
        try (InputStream ddl = SeedLayout.class.getResourceAsStream("seed-layout.sql")) {
            LiveScenario.execute(c, new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Writes the scenario's signals, knowledge and topology into the seed tables of {@code schema}. */
    static void load(Connection c, TestScenario s, String schema) throws SQLException {
        signals(c, s, schema);
        knowledge(c, s, schema, KbEmbedding::vector);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".topology_links (src, dst, role, origin)"
                + " VALUES (?, ?, ?, ?)")) {
            for (TopologyEdge e : s.edges) {
                ps.setString(1, e.source());
                ps.setString(2, e.target());
                ps.setString(3, e.relation());
                ps.setString(4, TopologyEdge.DECLARED.equals(e.origin()) ? null : e.origin());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The metric points, log records and spans. */
    private static void signals(Connection c, TestScenario s, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".metrics (time, metric, labels, value)"
                + " VALUES (?, ?, CAST(? AS jsonb), ?)")) {
            for (MetricPoint p : s.points) {
                Map<String, String> labels = new LinkedHashMap<>(p.labels());
                labels.put("service", p.service());
                ps.setObject(1, time(p.ts()));
                ps.setString(2, p.metric());
                ps.setString(3, Json.fromMap(labels));
                ps.setDouble(4, p.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".logs (id, time, source, level, message, fields)"
                + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            for (LogRecord r : s.logs) {
                Map<String, String> fields = new LinkedHashMap<>(r.attributes());
                if (r.traceId() != null) {
                    fields.put("trace_id", r.traceId());
                    fields.put("span_id", r.spanId());
                }
                ps.setLong(1, r.id());
                ps.setObject(2, time(r.ts()));
                ps.setString(3, r.service());
                ps.setString(4, level(r.severity(), r.id()));
                ps.setString(5, r.body());
                ps.setString(6, Json.fromMap(fields));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".traces (trace_id, span_id, parent_id, service,"
                + " name, start_time, end_time, attributes) VALUES (CAST(? AS uuid), CAST(? AS uuid), CAST(? AS uuid), ?, ?, ?, ?,"
                + " CAST(? AS jsonb))")) {
            for (Span span : s.spans) {
                Map<String, String> attributes = new LinkedHashMap<>(span.attributes());
                attributes.put("span.kind", span.kind());
                attributes.put("otel.status_code", span.status().toUpperCase(java.util.Locale.ROOT));
                ps.setString(1, span.traceId());
                ps.setString(2, spanUuid(span.spanId()));
                ps.setString(3, spanUuid(span.parentSpanId()));
                ps.setString(4, span.service());
                ps.setString(5, span.name());
                ps.setObject(6, time(span.start()));
                ps.setObject(7, time(span.end()));
                ps.setString(8, Json.fromMap(attributes));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * One kb_docs row per embedded chunk, its vector as {@code stored} gives it (null: the chunk is
     * left out), its document's fields in the metadata.
     */
    static void knowledge(Connection c, TestScenario s, String schema, Function<KbEmbedding, float[]> stored)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".kb_docs (content, embedding, metadata)"
                + " VALUES (?, ?, CAST(? AS jsonb))")) {
            for (KbEmbedding e : s.embeddings) {
                float[] vector = stored.apply(e);
                if (vector == null) {
                    continue;
                }
                KbDocument d = s.documents.stream().filter(doc -> doc.id().equals(e.documentId())).findFirst().orElseThrow();
                ps.setString(1, e.chunkText());
                ps.setArray(2, c.createArrayOf("float4", boxed(vector)));
                ps.setString(3, chunkMetadata(d, e));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The ways logs spell a severity; which one depends on the record, so every spelling occurs. */
    private static String level(Severity severity, long id) {
        List<String> spellings = switch (severity) {
            case TRACE -> List.of("trace", "TRACE");
            case DEBUG -> List.of("debug", "Debug");
            case INFO -> List.of("info", "INFO");
            case WARN -> List.of("warning", "WARN");
            case ERROR -> List.of("err", "Error");
            case FATAL -> List.of("critical", "FATAL");
        };
        return spellings.get((int) (id % spellings.size()));
    }

    /** An 8-byte span id (16 hex digits) in the low half of a uuid. */
    private static String spanUuid(String hex) {
        return hex == null ? null : "00000000-0000-0000-" + hex.substring(0, 4) + "-" + hex.substring(4);
    }

    /** The chunk's document fields, as the seed-layout profile reads them from kb_docs.metadata. */
    private static String chunkMetadata(KbDocument d, KbEmbedding e) {
        ObjectNode m = JSON.createObjectNode();
        m.put("doc_id", d.id().toString());
        m.put("chunk", e.chunk());
        m.put("model", e.model());
        m.put("kind", d.kind());
        m.put("title", d.title());
        m.put("document", d.content());
        if (d.serviceName() != null) {
            m.put("service", d.serviceName());
        }
        d.tags().forEach(m.putArray("tags")::add);
        if (d.sourceUrl() != null) {
            m.put("source_url", d.sourceUrl());
        }
        m.put("created_at", d.createdAt().toString());
        return m.toString();
    }

    private static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Float[] boxed(float[] v) {
        Float[] out = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
