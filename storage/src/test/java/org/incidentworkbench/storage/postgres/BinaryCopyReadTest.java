package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.storage.jdbc.Sql;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An export's signal rows read by binary COPY from a real server: each value as stored, times as
 * epoch microseconds on both sides of PostgreSQL's own epoch, the values of the read's filters
 * written into the statement safely, and a read that is cancelled, cut off or fails midway ends
 * cleanly.
 */
@Timeout(60)
class BinaryCopyReadTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final String QUOTED = "o'brien\\svc";
    static final String UNICODE = "zürich-\uD83D\uDE42";

    @Test
    void eachPointArrivesAsStoredAndOnlyTheServicesAskedFor() {
        Sql points = Sql.of("SELECT p.ts, p.service, p.metric, p.value, p.labels FROM (VALUES"
                + " (TIMESTAMPTZ '1969-12-31 23:59:59.999999+00', 'o''brien\\svc', 'why?', CAST('-0' AS DOUBLE PRECISION), CAST('{\"b\": 1, \"a\": \"x\"}' AS JSONB)),"
                + " (TIMESTAMPTZ '2000-01-01 00:00:00+00', 'o''brien\\svc', 'm', CAST(1e308 AS DOUBLE PRECISION), CAST('[1, 2]' AS JSONB)),"
                + " (TIMESTAMPTZ '2026-11-22 10:00:00.123456+00', ?, 'm', CAST('NaN' AS DOUBLE PRECISION), CAST('{}' AS JSONB)),"
                + " (TIMESTAMPTZ '2026-11-22 11:00:00+00', 'o''brien', 'm', CAST(1 AS DOUBLE PRECISION), CAST('{}' AS JSONB))"
                + ") p(ts, service, metric, value, labels) WHERE p.service IN (?, ?) ORDER BY p.ts",
                UNICODE, QUOTED, UNICODE);

        List<Object[]> rows = read(Relation.METRIC_POINTS, points, NONE);

        assertThat(rows).containsExactly(
                new Object[] {-1L, QUOTED, "why?", -0.0, "{\"a\": \"x\", \"b\": 1}"},
                new Object[] {Micros.of(Instant.parse("2000-01-01T00:00:00Z")), QUOTED, "m", 1e308, "[1, 2]"},
                new Object[] {Micros.of(Instant.parse("2026-11-22T10:00:00.123456Z")), UNICODE, "m", Double.NaN, "{}"});
    }

    @Test
    void nullsStayNullAndAnyIntegerArrivesAsALong() {
        Sql records = Sql.of("SELECT r.log_id, r.ts, r.service, r.severity, r.body, r.trace_id, r.span_id, r.attributes FROM (VALUES"
                + " (CAST(7 AS INTEGER), TIMESTAMPTZ '2026-11-22 10:00:00+00', 'api', 'ERROR', 'payment failed', CAST(NULL AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS JSONB))"
                + ") r(log_id, ts, service, severity, body, trace_id, span_id, attributes)");

        assertThat(read(Relation.LOG_RECORDS, records, NONE)).containsExactly(new Object[] {7L,
                Micros.of(Instant.parse("2026-11-22T10:00:00Z")), "api", "ERROR", "payment failed", null, null, null});
    }

    @Test
    void cancellingStopsAnEndlessCopyAndTheRunnerReadsOnAfter() {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        Cancellation cancel = Cancellation.create();
        long[] taken = {0};

        assertThatThrownBy(() -> db.signalRows("an endless read", endless(), Relation.METRIC_POINTS, row -> {
            if (++taken[0] == 10_000) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(ReadCancelledException.class);

        assertThat(taken[0]).isGreaterThanOrEqualTo(10_000);
        List<Object[]> after = new ArrayList<>();
        db.signalRows("a read after", Sql.of("SELECT * FROM (").add(endless().text()).add(") e LIMIT 3"),
                Relation.METRIC_POINTS, after::add, NONE);
        assertThat(after).hasSize(3);
    }

    @Test
    void aSessionEndedByTheServerMidCopyIsALostConnection() throws Exception {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        long[] taken = {0};
        try (Connection admin = PG.admin(); Statement st = admin.createStatement()) {
            assertThatThrownBy(() -> db.signalRows("an endless read", endless(), Relation.METRIC_POINTS, row -> {
                if (++taken[0] == 10_000) { // as a server restart would
                    terminateReaders(st);
                }
            }, NONE)).isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("Lost the connection to PostgreSQL at localhost:" + PG.port());
        }
    }

    private static void terminateReaders(Statement admin) {
        try {
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + LiveScenario.READER + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReadFailingMidwayIsAPlainFailure() {
        Sql failing = Sql.of("SELECT TIMESTAMPTZ '2026-01-01' AS ts, 'svc' AS service, 'm' AS metric,"
                + " CAST(1 / (i - 5000) AS DOUBLE PRECISION) AS value, CAST('{}' AS JSONB) AS labels FROM generate_series(1, 10000) i");
        List<Object[]> rows = new ArrayList<>();

        assertThatThrownBy(() -> read(Relation.METRIC_POINTS, failing, rows, NONE))
                .isInstanceOf(SourceException.class).hasMessageContaining("the test read");
        assertThat(rows).hasSizeLessThan(5000);
    }

    private static Sql endless() {
        return Sql.of("SELECT TIMESTAMPTZ '2026-01-01' + i * INTERVAL '1 microsecond' AS ts, 'svc' AS service, 'm' AS metric,"
                + " CAST(i AS DOUBLE PRECISION) AS value, CAST('{}' AS JSONB) AS labels"
                + " FROM (SELECT generate_series(1, 1000000000000) AS i) g"); // in the select list, the series streams
    }

    private static List<Object[]> read(Relation signal, Sql sql, Cancellation cancel) {
        List<Object[]> rows = new ArrayList<>();
        read(signal, sql, rows, cancel);
        return rows;
    }

    private static void read(Relation signal, Sql sql, List<Object[]> rows, Cancellation cancel) {
        new QueryRunner(PG.target(), List.of()).signalRows("the test read", sql, signal, rows::add, cancel);
    }
}
