package org.incidentworkbench.storage.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.duckdb.OneBatch;
import org.incidentworkbench.storage.duckdb.SnapshotTables;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hash an export computes of a signal table while copying it, and the one a verify reads back
 * from the file, on points of one series at one instant (told apart by their labels), which a
 * source may send in any order.
 */
class SignalDigestTest {

    static final long US = Micros.of(Instant.parse("2026-11-20T10:00:00Z"));
    static final Object[] A = {US, "api", "rps", 1.0, "{\"pod\":\"a\"}"};
    static final Object[] B = {US, "api", "rps", 2.5, "{\"pod\":\"b\"}"};
    static final Object[] C = {US + 1, "api", "rps", 3.0, "{\"pod\":\"a\"}"};
    static final Object[] D = {US, "web", "cpu", 0.25, "{}"};
    /** Values a decimal text might lose: the sign of zero, and NaN. */
    static final Object[] E = {US + 1, "web", "cpu", -0.0, "{}"};
    static final Object[] F = {US + 2, "web", "cpu", Double.NaN, "{}"};

    @TempDir
    Path dir;

    @Test
    void pointsOfOneSeriesAtOneInstantHashAlikeInEitherOrder() {
        assertThat(sha(A, B, C, D)).isEqualTo(sha(B, A, C, D));
    }

    @Test
    void anyChangedValueChangesTheHash() {
        Object[] changed = B.clone();
        changed[3] = 2.50001;

        assertThat(sha(A, changed, C, D)).isNotEqualTo(sha(A, B, C, D));
        assertThat(sha(A, C, D)).isNotEqualTo(sha(A, B, C, D));
        Object[] positiveZero = E.clone();
        positiveZero[3] = 0.0;
        assertThat(sha(D, positiveZero)).isNotEqualTo(sha(D, E));
    }

    @Test
    void theFileHashesAsTheCopyDidWhateverOrderTheTiedPointsWereStoredIn() throws Exception {
        Path file = dir.resolve("tied.duckdb");
        try (SnapshotWriter w = SnapshotWriter.create(file, "unit test")) {
            w.signalTable(Relation.METRIC_POINTS).insert(OneBatch.of(List.of(B, A, C, D, E, F)));
            w.finish(Instant.EPOCH);
        }

        StoredDigest stored = StoredDigest.of("metric_points");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(SnapshotTables.contentQuery("metric_points"))) {
            while (rs.next()) {
                stored.handle(rs);
            }
        }

        assertThat(stored.finish().table()).isEqualTo(new SnapshotManifest.Table(6, sha(A, B, C, D, E, F)));
    }

    private static String sha(Object[]... rows) {
        SignalDigest digest = new SignalDigest(Relation.METRIC_POINTS);
        for (Object[] row : rows) {
            digest.add(row);
        }
        return digest.finish().sha256();
    }
}
