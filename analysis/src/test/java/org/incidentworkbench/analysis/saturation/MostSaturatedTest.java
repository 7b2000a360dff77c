package org.incidentworkbench.analysis.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MostSaturatedTest {

    private static final String IN_USE = "db_pool_connections_in_use";
    private static final String MAX = "db_pool_connections_max";

    @Test
    void theFullestResourceWithACapacityWins() {
        SaturationReading checkoutPool = reading(pool("checkout", "checkout-rw"), 0, 0.05, 0.04);
        SaturationReading paymentsPool = reading(pool("payments", "payments-rw"), 1, 1.0, 0.38);
        SaturationReading readPool = reading(pool("payments", "payments-ro"), 1, 0.6, 0.5);

        assertThat(MostSaturated.of(List.of(checkoutPool, paymentsPool, readPool))).contains(paymentsPool);
        assertThat(paymentsPool.resource().name()).isEqualTo("payments · pool payments-rw");
    }

    @Test
    void aShareOfCapacityOutranksARawRiseHoweverLarge() {
        SaturationReading cpu = reading(Resource.uncapped("cart", "cpu_usage_cores"), 1, 4.0, 0.5);
        SaturationReading pool = reading(pool("checkout", "checkout-rw"), 0, 0.3, 0.3);

        assertThat(MostSaturated.of(List.of(cpu, pool))).contains(pool);
    }

    @Test
    void withoutCapacitiesTheLargestRiseOverTheBaselineWins() {
        SaturationReading cpu = reading(Resource.uncapped("checkout", "cpu_usage_cores"), 0, 1.2, 1.0);
        SaturationReading queue = reading(Resource.uncapped("kafka", "queue_depth_messages"), 1, 900, 100);
        SaturationReading noBaseline = reading(Resource.uncapped("cart", "cpu_usage_cores"), 1, 50, Double.NaN);

        assertThat(MostSaturated.of(List.of(cpu, noBaseline, queue))).contains(queue);
        assertThat(queue.rise()).isEqualTo(9.0);
        assertThat(queue.resource().name()).isEqualTo("kafka");
    }

    @Test
    void tiesGoToTheLargerRiseThenTheNearerServiceThenTheName() {
        SaturationReading alwaysFull = reading(pool("auth", "auth-ro"), 1, 1.0, 1.0);
        SaturationReading newlyFull = reading(pool("payments", "payments-rw"), 1, 1.0, 0.4);
        assertThat(MostSaturated.of(List.of(alwaysFull, newlyFull))).contains(newlyFull);

        SaturationReading far = reading(pool("inventory", "inventory-rw"), 2, 1.0, 0.5);
        SaturationReading near = reading(pool("payments", "payments-rw"), 1, 1.0, 0.5);
        assertThat(MostSaturated.of(List.of(far, near))).contains(near);

        SaturationReading b = reading(pool("payments", "payments-rw"), 1, 1.0, 0.5);
        SaturationReading a = reading(pool("payments", "payments-ro"), 1, 1.0, 0.5);
        assertThat(MostSaturated.of(List.of(b, a))).contains(a);
        assertThat(MostSaturated.of(List.of(a, b))).contains(a);
    }

    @Test
    void resourcesWithoutDataInTheWindowAreNotPicked() {
        SaturationReading empty = reading(pool("payments", "payments-rw"), 1, Double.NaN, 0.4);
        SaturationReading cpu = reading(Resource.uncapped("cart", "cpu_usage_cores"), 1, 0.2, 0.2);

        assertThat(MostSaturated.of(List.of(empty, cpu))).contains(cpu);
        assertThat(MostSaturated.of(List.of(empty))).isEmpty();
        assertThat(MostSaturated.of(List.of())).isEmpty();
    }

    private static Resource pool(String service, String pool) {
        return new Resource(service, IN_USE, Map.of("pool", pool), MAX);
    }

    private static SaturationReading reading(Resource r, int hops, double during, double baseline) {
        return new SaturationReading(r, hops, during, baseline);
    }
}
