package org.incidentworkbench.storage.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.schema.EvidenceSchema;
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
        assertThat(file.resolveSibling("s.duckdb.partial")).doesNotExist();
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
            try (ResultSet rs = c.createStatement().executeQuery("SELECT schema_version, writer, source FROM schema_info")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(EvidenceSchema.CURRENT_VERSION);
                assertThat(rs.getString(2)).startsWith("Incident Workbench ");
                assertThat(rs.getString(3)).isEqualTo("unit test");
            }
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
