package org.incidentworkbench.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentworkbench.ui.charts.PlotArea;
import org.incidentworkbench.ui.charts.TimeSeriesChart;
import org.incidentworkbench.ui.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The Metrics section under AtlantaFX's dark theme: the charts follow it. */
class MetricsSectionDarkTest extends ApplicationTest {

    private MetricsSectionFixture fixture;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        fixture = new MetricsSectionFixture();
        stage.setScene(new Scene((Parent) fixture.section.node(), 1400, 860));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void drawsTheChartsInTheDarkThemeWithTheCrosshair() {
        fixture.awaitData();
        TimeSeriesChart chart = lookup("#metrics-chart-1").queryAs(TimeSeriesChart.class);
        PlotArea area = chart.plotArea().orElseThrow();
        moveTo(chart.localToScreen(area.left() + 0.3 * area.width(), area.top() + 0.5 * area.height()));
        assertThat(chart.crosshairTimeProperty().get()).isNotEqualTo(TimeSeriesChart.NO_CURSOR);
        Screenshots.save(fixture.section.node(), "metrics-dark");
    }
}
