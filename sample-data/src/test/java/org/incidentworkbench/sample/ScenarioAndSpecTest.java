package org.incidentworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioAndSpecTest {

    @Test
    void parsesCommandLineNamesAndListsTheValidOnesOtherwise() {
        assertThat(Scenario.parse("checkout-db-pool")).isEqualTo(Scenario.CHECKOUT_DB_POOL);
        assertThat(Scenario.parse(" Traffic_Surge ")).isEqualTo(Scenario.TRAFFIC_SURGE);
        assertThat(Scenario.parse("payment-provider-outage")).isEqualTo(Scenario.PAYMENT_PROVIDER_OUTAGE);
        assertThat(Scenario.parse("memory-pressure")).isEqualTo(Scenario.MEMORY_PRESSURE);
        assertThatThrownBy(() -> Scenario.parse("disk-full")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disk-full").hasMessageContaining("checkout-db-pool, traffic-surge, payment-provider-outage, memory-pressure");
    }

    @Test
    void defaultsToTheCheckoutDatabasePoolIncidentAndDescribesEveryScenarioInOneLine() {
        assertThat(Scenario.defaultScenario()).isEqualTo(Scenario.CHECKOUT_DB_POOL);
        for (Scenario s : Scenario.values()) {
            assertThat(s.description()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void fullCoversADayAtTenSecondsAndSmallAFewHours() {
        SampleSpec full = SampleSpec.full(Scenario.TRAFFIC_SURGE, 42);
        SampleSpec small = SampleSpec.small(Scenario.TRAFFIC_SURGE, 42);
        assertThat(full.span()).isEqualTo(Duration.ofHours(24));
        assertThat(full.resolution()).isEqualTo(Duration.ofSeconds(10));
        assertThat(small.span()).isBetween(Duration.ofHours(2), Duration.ofHours(6));
        assertThat(SampleSpec.DEFAULT_SEED).isEqualTo(42);
    }

    @Test
    void rejectsSpansTooShortForTheIncidentAndResolutionsThatDoNotDivideThem() {
        assertThatThrownBy(() -> new SampleSpec(Scenario.TRAFFIC_SURGE, 1, Duration.ofHours(1), Duration.ofSeconds(10)))
                .hasMessageContaining("span");
        assertThatThrownBy(() -> new SampleSpec(Scenario.TRAFFIC_SURGE, 1, Duration.ofHours(3), Duration.ofSeconds(7)))
                .hasMessageContaining("multiple");
        assertThatThrownBy(() -> new SampleSpec(Scenario.TRAFFIC_SURGE, 1, Duration.ofHours(3), Duration.ofMillis(500)))
                .hasMessageContaining("resolution");
    }
}
