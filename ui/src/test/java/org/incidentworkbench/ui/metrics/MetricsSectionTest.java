package org.incidentworkbench.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.charts.PlotArea;
import org.incidentworkbench.ui.charts.TimeSeriesChart;
import org.incidentworkbench.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.incidentworkbench.ui.charts.ChartMarker;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.matcher.control.LabeledMatchers;

/** Clicks through the Metrics section on the sample, headless, and saves what it looks like. */
class MetricsSectionTest extends ApplicationTest {

    private MetricsSectionFixture fixture;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new MetricsSectionFixture();
        stage.setScene(new Scene((javafx.scene.Parent) fixture.section.node(), 1400, 860));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void opensOnTheKeySignalsAsSmallMultiplesAndOverlaysTheLatencies() {
        fixture.awaitData();
        assertThat(fixture.model().dataProperty().get().series()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lookup(".time-series-chart").queryAll()).hasSize(fixture.model().selection().size());

        clickOn("#metric-search").write("latency " + fixture.incident.serviceName());
        clickOn("Clear");
        for (String metric : List.of("http_latency_p50_ms", "http_latency_p95_ms", "http_latency_p99_ms")) {
            clickOn(row(metric));
            assertThat(fixture.model().selection()).as("after ticking " + metric).extracting(MetricRef::metric)
                    .contains(metric);
        }
        clickOn("#layout-overlay");
        fixture.awaitData();
        assertThat(fixture.model().dataProperty().get().series()).hasSize(3);
        assertThat(lookup(".time-series-chart").queryAll()).hasSize(1);
        Screenshots.save(fixture.section.node(), "metrics-overlay");
    }

    @Test
    void searchingPoolAndTickingItAddsASmallMultiple() {
        fixture.awaitData();
        clickOn("#metric-search").write("pool " + fixture.incident.serviceName());
        ListView<?> list = lookup("#metric-list").queryAs(ListView.class);
        assertThat(list.getItems()).isNotEmpty().allSatisfy(o -> assertThat(o.toString()).contains("pool"));
        clickOn(row("db_pool_wait_ms"));
        assertThat(fixture.model().selection()).contains(new MetricRef(fixture.incident.serviceName(), "db_pool_wait_ms"));
        fixture.awaitData();
        assertThat(fixture.model().layoutProperty().get()).isEqualTo(ChartLayout.SMALL_MULTIPLES);
        assertThat(lookup(".time-series-chart").queryAll()).hasSize(fixture.model().selection().size());
        Screenshots.save(fixture.section.node(), "metrics-small-multiples");
    }

    @Test
    void dragToZoomThenDoubleClickToReset() {
        fixture.awaitData();
        PlotArea area = chart(0).plotArea().orElseThrow();
        Duration bucketBefore = fixture.model().dataProperty().get().bucket();
        drag(onPlot(area, 0.35, 0.5), MouseButton.PRIMARY).moveTo(onPlot(area, 0.5, 0.5))
                .moveTo(onPlot(area, 0.55, 0.5)).release(MouseButton.PRIMARY);
        fixture.awaitData();
        TimeRange zoomed = fixture.model().visibleRangeProperty().get();
        assertThat(zoomed.duration()).isLessThan(fixture.model().homeRange().duration().dividedBy(3));
        assertThat(fixture.model().dataProperty().get().bucket()).isLessThanOrEqualTo(bucketBefore);
        Screenshots.save(fixture.section.node(), "metrics-zoomed");

        doubleClickOn(onPlot(chart(0).plotArea().orElseThrow(), 0.5, 0.5));
        fixture.awaitData();
        assertThat(fixture.model().visibleRangeProperty().get()).isEqualTo(fixture.model().homeRange());
    }

    @Test
    void shiftDragPansKeepingTheRangeLength() {
        fixture.awaitData();
        PlotArea area = chart(0).plotArea().orElseThrow();
        press(javafx.scene.input.KeyCode.SHIFT);
        drag(onPlot(area, 0.6, 0.5), MouseButton.PRIMARY).moveTo(onPlot(area, 0.4, 0.5)).release(MouseButton.PRIMARY);
        release(javafx.scene.input.KeyCode.SHIFT);
        fixture.awaitData();
        TimeRange panned = fixture.model().visibleRangeProperty().get();
        assertThat(panned.duration()).isEqualTo(fixture.model().homeRange().duration());
        assertThat(panned.start()).isAfter(fixture.model().homeRange().start());
    }

    @Test
    void hoveringShowsTheCrosshairReadout() {
        fixture.awaitData();
        PlotArea area = chart(0).plotArea().orElseThrow();
        moveTo(onPlot(area, 0.62, 0.45));
        assertThat(chart(0).crosshairTimeProperty().get()).isNotEqualTo(TimeSeriesChart.NO_CURSOR);
        Screenshots.save(fixture.section.node(), "metrics-crosshair");
    }

    @Test
    void hoveringAChangeMarkerNamesTheChange() {
        fixture.awaitData();
        PlotArea area = chart(0).plotArea().orElseThrow();
        ChartMarker deployment = fixture.model().dataProperty().get().markers().stream()
                .filter(m -> m.kind() == ChartMarker.Kind.DEPLOYMENT && m.atMicros() > area.fromMicros())
                .findFirst().orElseThrow();
        moveTo(chart(0).localToScreen(area.x(deployment.atMicros()), area.bottom() + 8));
        Tooltip tip = Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(Tooltip.class::cast).findFirst().orElseThrow();
        assertThat(tip.getText()).startsWith("Deployment · ").contains("revision");
    }

    @Test
    void theWheelPansAndCtrlWheelZooms() {
        fixture.awaitData();
        TimeRange home = fixture.model().homeRange();
        moveTo(onPlot(chart(0).plotArea().orElseThrow(), 0.5, 0.5));
        scroll(1, VerticalDirection.DOWN);
        fixture.awaitData();
        TimeRange panned = fixture.model().visibleRangeProperty().get();
        assertThat(panned.duration()).isEqualTo(home.duration());
        assertThat(panned.start()).isNotEqualTo(home.start());
        press(KeyCode.CONTROL);
        scroll(1, VerticalDirection.UP);
        release(KeyCode.CONTROL);
        fixture.awaitData();
        assertThat(fixture.model().visibleRangeProperty().get().duration()).isNotEqualTo(home.duration());
    }

    @Test
    void axesFollowTheTimeZoneSetting() {
        fixture.awaitData();
        interact(fixture.timeZone::useLocal);
        assertThat(chart(0).zoneProperty().get()).isEqualTo(MetricsSectionFixture.LOCAL);
        assertThat(lookup(".metrics-toolbar .label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(label -> assertThat(label.getText()).contains(MetricsSectionFixture.LOCAL.getId()));
    }

    /** The picker row showing {@code metric}; the list keeps unused and measuring cells around, hidden. */
    private Node row(String metric) {
        return lookup("#metric-list .label").match(LabeledMatchers.hasText(metric)).match(MetricsSectionTest::shown)
                .queryAs(Node.class);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private TimeSeriesChart chart(int i) {
        return lookup("#metrics-chart-" + i).queryAs(TimeSeriesChart.class);
    }

    private Point2D onPlot(PlotArea area, double fx, double fy) {
        return chart(0).localToScreen(area.left() + fx * area.width(), area.top() + fy * area.height());
    }
}
