package org.incidentworkbench.ui.metrics;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import org.incidentworkbench.ui.charts.ChartStyle;
import org.incidentworkbench.ui.charts.PlotSeries;

/** A chart's legend: each series' colour, name and unit, wrapping when there are many. */
final class SeriesLegend extends FlowPane {

    SeriesLegend() {
        super(16, 4);
        getStyleClass().add("series-legend");
        setStyle("-fx-padding: 2 8 0 60;");
    }

    void show(List<PlotSeries> series) {
        ChartStyle style = ChartStyle.forCurrentTheme();
        getChildren().setAll(series.stream().map(s -> {
            Label item = new Label(s.unit().isBlank() ? s.name() : s.name() + "  (" + s.unit() + ")",
                    new Circle(5, style.seriesColor(s.colorIndex())));
            item.getStyleClass().add(Styles.TEXT_SMALL);
            return item;
        }).toList());
    }
}
