package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.metrics.Aggregation;
import org.incidentworkbench.analysis.metrics.MetricSeries;
import org.incidentworkbench.analysis.metrics.SeriesQuery;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.SignalIndexes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The buckets of a database with TimescaleDB, which cannot run here. On embedded PostgreSQL, a
 * stand-in {@code time_bucket(bucket_width, ts, origin)} with TimescaleDB's documented signature,
 * computed by PostgreSQL's {@code date_bin}, checks the dialect's statements: they call it by that
 * signature with the named origin, bind their values in order, and answer as DuckDB does. Whether
 * TimescaleDB's own {@code time_bucket} floors alike is its documented behaviour, not tested here.
 */
class TimeBucketTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final SeriesQuery SERIES = new SeriesQuery("payments", "latency_ms", Map.of(), TestScenario.WINDOW,
            Duration.ofMinutes(7), Aggregation.AVG);

    PostgresIncidentSource timescale;

    /** The engine as it reads a database where TimescaleDB is installed. */
    @BeforeEach
    void open() {
        ServerCapabilities found = PostgresSources.capabilities(PG.target());
        Map<String, String> installed = new TreeMap<>(found.installed());
        installed.put(ServerCapabilities.TIMESCALE, "stand-in");
        ServerCapabilities withTimescale = new ServerCapabilities(found.version(), found.versionNumber(), installed,
                found.available(), found.encrypted());
        try (PostgresIncidentSource plain = PostgresSources.open(PG.target())) {
            timescale = new PostgresIncidentSource(plain.info(), withTimescale, new QueryRunner(PG.target(), List.of()),
                    Relations.TABLES, SignalIndexes.CANONICAL);
        }
    }

    @AfterEach
    void dropStandIn() throws SQLException {
        try (Connection c = PG.admin()) {
            LiveScenario.execute(c, "DROP FUNCTION IF EXISTS time_bucket(INTERVAL, TIMESTAMPTZ, TIMESTAMPTZ)");
        }
    }

    @Test
    void seriesAndVolumeBucketsCallTimeBucket() {
        assertThatThrownBy(() -> timescale.series(SERIES, NONE)).isInstanceOf(SourceException.class)
                .hasMessageContaining("time_bucket");
        LogQuery all = LogQuery.all(TestScenario.WINDOW);
        assertThatThrownBy(() -> timescale.logVolume(all, Duration.ofMinutes(5), NONE)).isInstanceOf(SourceException.class)
                .hasMessageContaining("time_bucket");
    }

    @Test
    void timeBucketsWithTheEpochAsOriginEqualDuckDbsBuckets() throws SQLException {
        try (Connection c = PG.admin()) {
            LiveScenario.execute(c, "CREATE FUNCTION time_bucket(bucket_width INTERVAL, ts TIMESTAMPTZ, origin TIMESTAMPTZ)"
                    + " RETURNS TIMESTAMPTZ LANGUAGE sql IMMUTABLE STRICT AS 'SELECT date_bin(bucket_width, ts, origin)'");
        }
        for (Aggregation agg : Aggregation.values()) {
            for (Duration bucket : List.of(Duration.ofSeconds(13), Duration.ofMinutes(7), Duration.ofHours(1))) {
                SeriesQuery q = new SeriesQuery(SERIES.service(), SERIES.metric(), Map.of("route", "/pay"),
                        TestScenario.WINDOW, bucket, agg);
                MetricSeries expected = PG.duck().series(q, NONE);
                MetricSeries actual = timescale.series(q, NONE);
                assertThat(expected.size()).isPositive();
                assertThat(actual.bucketStartMicros()).as(q.toString()).containsExactly(expected.bucketStartMicros());
                assertThat(actual.counts()).as(q.toString()).containsExactly(expected.counts());
                assertThat(actual.values()).as(q.toString()).containsExactly(expected.values());
            }
        }
        LogQuery all = LogQuery.all(TestScenario.WINDOW);
        for (Duration bucket : List.of(Duration.ofSeconds(13), Duration.ofMinutes(5))) {
            assertThat(timescale.logVolume(all, bucket, NONE)).isNotEmpty().isEqualTo(PG.duck().logVolume(all, bucket, NONE));
        }
    }
}
