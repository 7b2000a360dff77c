package org.incidentworkbench.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.junit.jupiter.api.Test;

class IncidentListViewModelTest {

    private static final Instant T = Instant.parse("2026-11-20T23:30:00Z");

    private final Incident checkout = incident("checkout", "open", 2, T, "Checkout 5xx errors above 5%");
    private final Incident payments = incident("payments", "resolved", 1, T.minusSeconds(86_400 + 600), "Payment provider timeouts");
    private final Incident search = incident("search", "open", 2, T.plusSeconds(3_600), "Search latency p99 above 2 s");
    private final TimeZoneSetting zone = new TimeZoneSetting(ZoneId.of("Europe/Berlin"));
    private final List<Incident> opened = new ArrayList<>();
    private final IncidentListViewModel model =
            new IncidentListViewModel("sample.duckdb", List.of(checkout, payments, search), zone, opened::add);

    @Test
    void listsMostSevereFirstThenMostRecent() {
        assertThat(model.rows()).containsExactly(payments, search, checkout);
    }

    @Test
    void theFilterMatchesAnyColumnAndEveryWordIgnoringCase() {
        model.filterProperty().set("OPEN");
        assertThat(model.rows()).containsExactly(search, checkout);

        model.filterProperty().set("open latency");
        assertThat(model.rows()).containsExactly(search);

        model.filterProperty().set("sev1");
        assertThat(model.rows()).containsExactly(payments);

        model.filterProperty().set("  ");
        assertThat(model.rows()).hasSize(3);
        assertThat(model.total()).isEqualTo(3);
    }

    @Test
    void timesAreMatchedAsShownInTheChosenZone() {
        model.filterProperty().set("23:30");
        assertThat(model.rows()).containsExactly(checkout);

        zone.useLocal();
        assertThat(model.rows()).isEmpty();
        model.filterProperty().set("00:30");
        assertThat(model.rows()).containsExactly(checkout);
    }

    @Test
    void theTablesSortOrderReplacesTheDefault() {
        model.rows().setComparator(IncidentColumn.SERVICE.order());
        assertThat(model.rows()).containsExactly(checkout, payments, search);
        model.rows().setComparator(IncidentColumn.WINDOW_START.order().reversed());
        assertThat(model.rows()).containsExactly(search, checkout, payments);
    }

    @Test
    void openingNeedsASelection() {
        model.openSelected();
        assertThat(opened).isEmpty();

        model.selectedProperty().set(search);
        model.openSelected();
        assertThat(opened).containsExactly(search);
    }

    private static Incident incident(String service, String status, int severity, Instant start, String title) {
        return new Incident(UUID.randomUUID(), UUID.randomUUID(), service, title, status, "alert", severity, start,
                start.plusSeconds(1_800), start, start, null, null, null, null);
    }
}
