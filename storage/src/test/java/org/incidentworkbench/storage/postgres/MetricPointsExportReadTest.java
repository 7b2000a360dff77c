package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.storage.duckdb.SignalRow;
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An export's read of metric points from the canonical PostgreSQL schema, which seeks each series
 * through the series index instead of scanning the table: the same rows as the snapshot engine's
 * scan, in the order the snapshot stores them, from both ranges and only the services asked for.
 */
class MetricPointsExportReadTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();
    static final Relation POINTS = Relation.METRIC_POINTS;

    @Test
    void theSoughtSeriesGiveTheSnapshotsRowsInItsStoredOrder() {
        Incident incident = PG.scenario().incidents.getFirst();
        // Two ranges with a gap between them, as an export's baseline and window, both holding points.
        Duration third = Duration.between(incident.windowStart(), incident.windowEnd()).dividedBy(3);
        List<TimeRange> ranges = List.of(new TimeRange(incident.windowStart(), incident.windowStart().plus(third)),
                new TimeRange(incident.windowEnd().minus(third), incident.windowEnd()));
        List<String> all = PG.duck().services(NONE).stream().map(Service::name).sorted().toList();
        Set<String> services = Set.copyOf(all.subList(1, all.size()));

        List<Object[]> expected = read((SqlIncidentSource) PG.duck(), services, ranges);
        List<Object[]> sought;
        try (PostgresIncidentSource pg = PostgresSources.open(PG.target())) {
            sought = read(pg, services, ranges);
        }

        assertThat(sought).isNotEmpty();
        assertThat(sought).allMatch(r -> services.contains((String) r[1]));
        assertThat(sought).anyMatch(r -> ranges.get(0).contains(micros(r))).anyMatch(r -> ranges.get(1).contains(micros(r)));
        // Points of one series at one instant (told apart by labels) have no stored order among themselves.
        assertThat(sought.stream().map(MetricPointsExportReadTest::layoutKey).toList())
                .isEqualTo(expected.stream().map(MetricPointsExportReadTest::layoutKey).toList());
        assertThat(texts(sought)).isEqualTo(texts(expected));
    }

    private static List<Object[]> read(SqlIncidentSource source, Set<String> services, List<TimeRange> ranges) {
        SignalRow reader = SignalRow.reader(POINTS);
        List<Object[]> rows = new ArrayList<>();
        source.exportSignal(POINTS, services, ranges, rs -> rows.add(reader.read(rs)), NONE);
        return rows;
    }

    /** ts, service, metric are the first columns of a point. */
    private static List<Object> layoutKey(Object[] point) {
        return List.of(point[1], point[2], point[0]);
    }

    private static Instant micros(Object[] point) {
        return Instant.EPOCH.plus(Duration.ofNanos((Long) point[0] * 1_000));
    }

    private static List<String> texts(List<Object[]> rows) {
        return rows.stream().map(Arrays::toString).sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
