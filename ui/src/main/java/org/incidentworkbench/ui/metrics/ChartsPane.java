package org.incidentworkbench.ui.metrics;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.ui.charts.PlotSeries;
import org.incidentworkbench.ui.charts.TimeSeriesChart;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The charts: every series on one chart, or one chart per series stacked on a shared time axis
 * (labels under the last only) with one crosshair. Charts are reused across reads, so a zoom keeps
 * the old lines on screen until the new ones arrive.
 */
final class ChartsPane extends StackPane {

    private final MetricsViewModel model;
    private final TimeZoneSetting timeZone;
    private final LongProperty sharedCrosshair = new SimpleLongProperty(TimeSeriesChart.NO_CURSOR);
    private final List<TimeSeriesChart> charts = new ArrayList<>();
    private final VBox stack = new VBox(4);
    private final Label empty = new Label("Tick metrics on the left to chart them.");

    ChartsPane(MetricsViewModel model, TimeZoneSetting timeZone) {
        this.model = model;
        this.timeZone = timeZone;
        getStyleClass().add("charts-pane");
        setPadding(new Insets(4, 12, 12, 4));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(stack, empty);
        model.dataProperty().addListener(o -> rebuild());
        model.layoutProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<PlotSeries> series = model.dataProperty().get().series();
        empty.setVisible(series.isEmpty() && !model.loadingProperty().get());
        List<List<PlotSeries>> groups = model.layoutProperty().get() == ChartLayout.OVERLAY || series.size() <= 1
                ? List.of(series)
                : series.stream().map(List::of).toList();
        stack.getChildren().clear();
        if (series.isEmpty()) {
            return;
        }
        for (int i = 0; i < groups.size(); i++) {
            TimeSeriesChart chart = chart(i);
            chart.seriesProperty().set(groups.get(i));
            chart.markersProperty().set(model.dataProperty().get().markers());
            chart.timeLabelsVisibleProperty().set(i == groups.size() - 1);
            SeriesLegend legend = new SeriesLegend();
            legend.show(groups.get(i));
            VBox.setVgrow(chart, Priority.ALWAYS);
            stack.getChildren().addAll(legend, chart);
        }
    }

    /** The {@code i}-th chart, made on first use and kept, bound to the model's range and the zone. */
    private TimeSeriesChart chart(int i) {
        while (charts.size() <= i) {
            TimeSeriesChart chart = new TimeSeriesChart();
            chart.setId("metrics-chart-" + charts.size());
            chart.visibleRangeProperty().bind(model.visibleRangeProperty());
            chart.shadedWindowProperty().set(model.incidentWindow());
            chart.zoneProperty().bind(timeZone.zoneProperty());
            chart.shareCursor(sharedCrosshair);
            chart.setOnZoom(model::zoomTo);
            chart.setOnPan(model::panTo);
            chart.setOnReset(model::resetZoom);
            if (charts.isEmpty()) {
                chart.widthProperty().addListener(o -> model.setPlotWidth((int) chart.plotWidth()));
            }
            charts.add(chart);
        }
        return charts.get(i);
    }
}
