package org.incidentworkbench.analysis.saturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The finder on hand-built series: checkout calls payments, whose release shrank its pool in the window. */
class SaturationFinderTest {

    private static final Instant T = Instant.parse("2026-11-20T14:00:00Z");
    private static final TimeRange BASELINE = TimeRange.of(T.minus(Duration.ofHours(1)), Duration.ofHours(1));
    private static final TimeRange WINDOW = TimeRange.of(T, Duration.ofMinutes(30));
    private static final String IN_USE = "db_pool_connections_in_use";
    private static final String MAX = "db_pool_connections_max";
    private static final String CPU = "cpu_usage_cores";

    private final HandBuiltSource data = new HandBuiltSource();

    @BeforeEach
    void shop() {
        edge("checkout", "payments");
        edge("payments", "postgres");
        edge("postgres", "storage");
        pool("checkout", "checkout-rw", 1, 60, 1, 60);
        pool("payments", "payments-rw", 19, 50, 20, 20);
        pool("payments", "payments-ro", 4, 20, 5, 20);
        // Three hops away: full, but too far from checkout to be looked at.
        pool("storage", "storage-rw", 10, 10, 10, 10);
        metric("postgres", "pg_active_connections", Map.of(), 30, 90);
        metric("checkout", CPU, Map.of(), 0.25, 0.5);
    }

    @Test
    void picksThePoolThatIsFullAmongTheIncidentServiceAndItsDependencies() {
        SaturationReading r = find("checkout").orElseThrow();

        assertThat(r.resource()).isEqualTo(new Resource("payments", IN_USE, Map.of("pool", "payments-rw"), MAX));
        assertThat(r.hops()).isEqualTo(1);
        assertThat(r.during()).isCloseTo(1.0, within(1e-9));
        assertThat(r.baseline()).isCloseTo(0.38, within(1e-9));
    }

    @Test
    void aPoolFullForPartOfTheWindowReadsAsFull() {
        // The release shrinks the pool ten minutes into the window; before that it is as in the baseline.
        data.points.replaceAll(p -> p.labels().equals(Map.of("pool", "payments-rw"))
                && p.ts().isBefore(WINDOW.start().plus(Duration.ofMinutes(10))) && WINDOW.contains(p.ts())
                ? new MetricPoint(p.ts(), p.service(), p.metric(), p.metric().equals(MAX) ? 50 : 19, p.labels()) : p);

        SaturationReading r = find("checkout").orElseThrow();

        assertThat(r.resource().labels()).containsEntry("pool", "payments-rw");
        assertThat(r.during()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aServiceThatReportsAPoolWithoutItsCapacityIsReadRaw() {
        data.points.removeIf(p -> p.metric().equals(MAX));

        SaturationReading r = find("checkout").orElseThrow();

        // Raw now: the pools' rises (20/19, 5/4, 1/1) lose to the database's connections tripling.
        assertThat(r.resource()).isEqualTo(Resource.uncapped("postgres", "pg_active_connections"));
        assertThat(r.isUtilisation()).isFalse();
        assertThat(r.rise()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void withoutAnyReadingsInTheWindowThereIsNothingToShow() {
        data.points.removeIf(p -> WINDOW.contains(p.ts()));

        assertThat(find("checkout")).isEmpty();
        assertThat(find("a-service-nobody-knows")).isEmpty();
    }

    @Test
    void theLevelsOfAPoolAreItsShareOfCapacityPerBucket() {
        Resource pool = new Resource("payments", IN_USE, Map.of("pool", "payments-rw"), MAX);

        assertThat(new SaturationFinder(data.source()).levels(pool, WINDOW, Duration.ofMinutes(10), Cancellation.none()))
                .containsExactly(1.0, 1.0, 1.0);
        assertThat(new SaturationFinder(data.source()).levels(Resource.uncapped("checkout", CPU), WINDOW,
                Duration.ofMinutes(15), Cancellation.none())).containsExactly(0.5, 0.5);
    }

    @Test
    void readsEachCandidateSeriesOnceForTheWindowAndOnceForTheBaseline() {
        find("checkout");

        // Pools checkout-rw, payments-rw, payments-ro (used and capacity) and postgres' connections.
        assertThat(data.seriesReads).isEqualTo(2 * (3 * 2 + 1));
    }

    private Optional<SaturationReading> find(String service) {
        return new SaturationFinder(data.source()).mostSaturated(service, data.reported(), WINDOW, BASELINE,
                Cancellation.none());
    }

    private void edge(String from, String to) {
        data.edges.add(new TopologyEdge(from, to, "calls", TopologyEdge.DECLARED));
    }

    private void pool(String service, String name, double usedBefore, double maxBefore, double usedDuring, double maxDuring) {
        metric(service, IN_USE, Map.of("pool", name), usedBefore, usedDuring);
        metric(service, MAX, Map.of("pool", name), maxBefore, maxDuring);
    }

    /** One point a minute: {@code before} through the baseline, {@code during} through the window. */
    private void metric(String service, String metric, Map<String, String> labels, double before, double during) {
        for (Instant t = BASELINE.start(); t.isBefore(WINDOW.end()); t = t.plus(Duration.ofMinutes(1))) {
            data.points.add(new MetricPoint(t, service, metric, WINDOW.contains(t) ? during : before, labels));
        }
    }
}
