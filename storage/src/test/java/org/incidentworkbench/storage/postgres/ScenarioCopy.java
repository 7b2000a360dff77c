package org.incidentworkbench.storage.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.json.Json;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a {@link TestScenario}'s rows into PostgreSQL with {@code COPY ... FROM STDIN} (text
 * format), the fast path {@code workbench sample --to} will take. Covers the tables the
 * PostgreSQL engine reads so far; each new read class adds its tables here.
 */
final class ScenarioCopy {

    private ScenarioCopy() {
    }

    static void load(Connection c, TestScenario s) throws SQLException, IOException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy(copy, "metric_descriptors (name, type, unit, description)", s.descriptors,
                (MetricDescriptor d) -> new Object[] {d.name(), d.type(), d.unit(), d.description()});
        copy(copy, "metric_points (ts, service, metric, value, labels)", s.points,
                (MetricPoint p) -> new Object[] {p.ts(), p.service(), p.metric(), p.value(), Json.fromMap(p.labels())});
    }

    private static <T> void copy(CopyManager copy, String table, List<T> rows, Function<T, Object[]> fields)
            throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        for (T row : rows) {
            Object[] values = fields.apply(row);
            for (int i = 0; i < values.length; i++) {
                text.append(i == 0 ? "" : "\t").append(field(values[i]));
            }
            text.append('\n');
        }
        copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(text.toString()));
    }

    /** One field of COPY's text format: \N for null, backslash escapes for the separators. Instants print as ISO 8601. */
    private static String field(Object v) {
        if (v == null) {
            return "\\N";
        }
        return v.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
