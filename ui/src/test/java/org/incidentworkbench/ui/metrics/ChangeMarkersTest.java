package org.incidentworkbench.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.ui.charts.ChartMarker;
import org.junit.jupiter.api.Test;

class ChangeMarkersTest {

    private static final Instant T = Instant.parse("2026-05-14T10:00:00Z");

    @Test
    void aDeploymentNamesItsServiceKindAndShortRevision() {
        DeploymentEvent deploy = new DeploymentEvent(UUID.randomUUID(), UUID.randomUUID(), "checkout", T,
                T.plusSeconds(90), "rolling", "registry/checkout:1.42.0", "0123456789abcdef0123456789abcdef01234567", "{}");
        ChartMarker marker = ChangeMarkers.of(List.of(deploy), List.of()).getFirst();
        assertThat(marker.kind()).isEqualTo(ChartMarker.Kind.DEPLOYMENT);
        assertThat(marker.atMicros()).isEqualTo(Micros.of(T));
        assertThat(marker.tooltipText()).isEqualTo(
                "Deployment · checkout\nrolling · revision 0123456789\nregistry/checkout:1.42.0");
    }

    @Test
    void aConfigChangeShowsItsFieldFromOldToNew() {
        ConfigChangeEvent change = new ConfigChangeEvent(UUID.randomUUID(), null, null, T.plusSeconds(60), "k8s",
                "configmap", "checkout-config",
                "{\"field\": \"DB_POOL_MAX\", \"old_value\": \"20\", \"new_value\": 5}", "alice", null);
        ChartMarker marker = ChangeMarkers.of(List.of(), List.of(change)).getFirst();
        assertThat(marker.kind()).isEqualTo(ChartMarker.Kind.CONFIG_CHANGE);
        assertThat(marker.tooltipText()).isEqualTo(
                "Config change · cluster-wide\nconfigmap checkout-config\nDB_POOL_MAX: 20 → 5\nby alice");
    }

    @Test
    void markersComeInTimeOrderWhateverTheirKind() {
        DeploymentEvent late = new DeploymentEvent(UUID.randomUUID(), null, "cart", T.plusSeconds(300), null, null,
                null, null, null);
        ConfigChangeEvent early = new ConfigChangeEvent(UUID.randomUUID(), null, "cart", T, "k8s", "replicas", null,
                null, null, null);
        assertThat(ChangeMarkers.of(List.of(late), List.of(early))).extracting(ChartMarker::kind)
                .containsExactly(ChartMarker.Kind.CONFIG_CHANGE, ChartMarker.Kind.DEPLOYMENT);
        assertThat(ChangeMarkers.of(List.of(late), List.of()).getFirst().detail()).isEqualTo("manual change");
    }
}
