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
import org.incidentworkbench.storage.jdbc.SqlIncidentSource;
import org.incidentworkbench.storage.json.Json;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.ColumnType;
import org.incidentworkbench.storage.schema.Relation;
import org.incidentworkbench.storage.schema.SignalLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An export's reads of metric points and log records from the canonical PostgreSQL schema, which
 * seek each series or service through the indexes instead of scanning and sorting the tables: the
 * same rows as the snapshot engine's scan, in the order the snapshot stores them, from both ranges
 * and only the services asked for.
 */
class SignalExportReadTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();

    @ParameterizedTest
    @EnumSource(value = Relation.class, names = {"METRIC_POINTS", "LOG_RECORDS"})
    void theSoughtRowsAreTheSnapshotsRowsInItsStoredOrder(Relation signal) {
        Incident incident = PG.scenario().incidents.getFirst();
        // Two ranges with a gap between them, as an export's baseline and window, both holding points.
        Duration third = Duration.between(incident.windowStart(), incident.windowEnd()).dividedBy(3);
        List<TimeRange> ranges = List.of(new TimeRange(incident.windowStart(), incident.windowStart().plus(third)),
                new TimeRange(incident.windowEnd().minus(third), incident.windowEnd()));
        List<String> all = PG.duck().services(NONE).stream().map(Service::name).sorted().toList();
        Set<String> services = Set.copyOf(all.subList(1, all.size()));

        List<Object[]> expected = read((SqlIncidentSource) PG.duck(), signal, services, ranges);
        List<Object[]> sought;
        try (PostgresIncidentSource pg = PostgresSources.open(PG.target())) {
            sought = read(pg, signal, services, ranges);
        }

        int service = SignalLayout.orderPositions(signal)[0];
        int time = SignalLayout.orderPositions(signal)[2]; // both are ordered by service, series or severity, then time
        assertThat(sought).isNotEmpty();
        assertThat(sought).allMatch(r -> services.contains((String) r[service]));
        assertThat(sought).anyMatch(r -> ranges.get(0).contains(instant(r[time]))).anyMatch(r -> ranges.get(1).contains(instant(r[time])));
        // Points of one series at one instant (told apart by labels) have no stored order among themselves.
        assertThat(sought.stream().map(r -> layoutKey(signal, r)).toList())
                .isEqualTo(expected.stream().map(r -> layoutKey(signal, r)).toList());
        assertThat(texts(signal, sought)).isEqualTo(texts(signal, expected));
    }

    private static List<Object[]> read(SqlIncidentSource source, Relation signal, Set<String> services, List<TimeRange> ranges) {
        List<Object[]> rows = new ArrayList<>();
        source.exportSignal(signal, services, ranges, rows::add, NONE);
        return rows;
    }

    private static List<Object> layoutKey(Relation signal, Object[] row) {
        return Arrays.stream(SignalLayout.orderPositions(signal)).mapToObj(i -> row[i]).toList();
    }

    private static Instant instant(Object micros) {
        return Instant.EPOCH.plus(Duration.ofNanos((Long) micros * 1_000));
    }

    /** Each row as text, its JSON spelled canonically (the reads give it as each engine spells it). */
    private static List<String> texts(Relation signal, List<Object[]> rows) {
        List<Column> columns = signal.columns();
        return rows.stream().map(r -> {
            Object[] spelled = r.clone();
            for (int i = 0; i < spelled.length; i++) {
                if (columns.get(i).type() == ColumnType.JSONB && spelled[i] != null) {
                    spelled[i] = Json.canonical((String) spelled[i]);
                }
            }
            return Arrays.toString(spelled);
        }).sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
