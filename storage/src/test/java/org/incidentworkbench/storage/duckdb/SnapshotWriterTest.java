package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.schema.EvidenceSchema;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesSignalRowsSortedByServiceMetricAndTimeWhateverTheirArrivalOrder() throws Exception {
        Path file = dir.resolve("s.duckdb");
        Instant t0 = Instant.parse("2026-11-20T10:00:00.000001Z");
        try (SnapshotWriter w = SnapshotWriter.create(file, "unit test")) {
            w.addMetricPoint(new MetricPoint(t0.plusSeconds(20), "web", "cpu", 3, Map.of()));
            w.addMetricPoint(new MetricPoint(t0, "api", "rps", 1, Map.of("route", "/x")));
            w.addMetricPoint(new MetricPoint(t0.plusSeconds(10), "web", "cpu", 2, Map.of()));
            w.addMetricPoint(new MetricPoint(t0, "web", "cpu", 1, Map.of()));
            w.finish(t0);
        }
        assertThat(file).exists();
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT service, metric, epoch_us(ts), value, labels FROM metric_points")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "/" + rs.getString(2) + "@" + rs.getLong(3) + "=" + rs.getDouble(4) + rs.getString(5));
                }
            }
            long us = Micros.of(t0);
            assertThat(rows).containsExactly(
                    "api/rps@" + us + "=1.0{\"route\":\"/x\"}",
                    "web/cpu@" + us + "=1.0{}",
                    "web/cpu@" + (us + 10_000_000) + "=2.0{}",
                    "web/cpu@" + (us + 20_000_000) + "=3.0{}");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM log_templates")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("no log records, no templates").isZero();
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT schema_version, writer, source FROM schema_info")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(EvidenceSchema.CURRENT_VERSION);
                assertThat(rs.getString(2)).startsWith("Incident Workbench ");
                assertThat(rs.getString(3)).isEqualTo("unit test");
            }
        }
    }

    @Test
    void exportedSignalRowsEndInTheStoredOrderWhetherTheyCameInItOrNot() throws Exception {
        long us = Micros.of(Instant.parse("2026-11-20T10:00:00Z"));
        // Code point order, as DuckDB sorts text: U+FFFD before U+1F600, though UTF-16 puts the surrogate pair first.
        List<Object[]> stored = List.of(
                new Object[] {us, "api", "rps", 1.0, "{}"},
                new Object[] {us + 1, "api", "rps", 2.0, "{}"},
                new Object[] {us, "web\uFFFD", "cpu", 3.0, "{}"},
                new Object[] {us, "web\uD83D\uDE00", "cpu", 4.0, "{}"});
        List<Object[]> shuffled = List.of(stored.get(3), stored.get(1), stored.get(0), stored.get(2));

        for (List<Object[]> arrival : List.of(stored, shuffled)) {
            Path file = dir.resolve(arrival == stored ? "in-order.duckdb" : "shuffled.duckdb");
            try (SnapshotWriter w = SnapshotWriter.create(file, "unit test")) {
                w.signalTable(Relation.METRIC_POINTS).insert(OneBatch.of(arrival));
                w.finish(Instant.EPOCH);
            }
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
                 ResultSet rs = c.createStatement().executeQuery("SELECT value FROM metric_points")) {
                List<Double> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getDouble(1));
                }
                assertThat(values).as(file.getFileName().toString()).containsExactly(1.0, 2.0, 3.0, 4.0);
            }
        }
    }

    @Test
    void logTemplatesAreMinedFromTheRecordsWrittenWhateverTheirArrivalOrderAsTheyArriveWhenOldestFirst() {
        Instant t0 = Instant.parse("2026-11-20T10:00:00.000001Z");
        List<LogRecord> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = i % 4 == 0 ? "cache warmed in " + i + " ms" : "request " + i + " failed: upstream timeout";
            records.add(new LogRecord(i, t0.plusMillis(37L * ((i * 7) % 40)), i % 3 == 0 ? "api" : "web",
                    i % 5 == 0 ? Severity.WARN : Severity.ERROR, body, null, null, Map.of()));
        }
        List<LogRecord> reversed = new ArrayList<>(records.reversed());
        // Oldest first: mined while written (StreamedTemplates); the other two orders at finish.
        List<LogRecord> oldestFirst = records.stream()
                .sorted(Comparator.comparing(LogRecord::ts).thenComparing(LogRecord::id)).toList();

        List<LogTemplate> forwards = templatesOf(dir.resolve("forwards.duckdb"), records);
        List<LogTemplate> backwards = templatesOf(dir.resolve("backwards.duckdb"), reversed);
        List<LogTemplate> streamed = templatesOf(dir.resolve("streamed.duckdb"), oldestFirst);

        assertThat(forwards).isNotEmpty().isEqualTo(backwards).isEqualTo(streamed);
        assertThat(forwards.stream().mapToLong(LogTemplate::count).sum()).isEqualTo(records.size());
        assertThat(forwards).extracting(LogTemplate::template).contains("request <*> failed: upstream timeout");
    }

    private static List<LogTemplate> templatesOf(Path file, List<LogRecord> records) {
        try (SnapshotWriter w = SnapshotWriter.create(file, "unit test")) {
            records.forEach(w::addLogRecord);
            w.finish(Instant.EPOCH);
        }
        try (DuckDbIncidentSource source = DuckDbSnapshots.open(file)) {
            return source.logTemplates(Cancellation.none());
        }
    }

    @Test
    void anAbandonedSnapshotLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("gone.duckdb");
        try (SnapshotWriter w = SnapshotWriter.create(file, "unit test")) {
            w.addMetricPoint(new MetricPoint(Instant.EPOCH, "web", "cpu", 1, Map.of()));
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
