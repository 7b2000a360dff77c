package org.incidentworkbench.ui.templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.templates.SpikeBucket;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.time.TimeTicks;
import org.incidentworkbench.ui.charts.TimeAxis;
import org.incidentworkbench.ui.charts.ValueTicks;
import org.incidentworkbench.ui.logs.SeverityStyle;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * Warnings and errors per bucket of the incident window as stacked bars (errors at the baseline, as in
 * the Logs histogram), spike buckets tinted and marked with a triangle. Each bucket is a node of its
 * own: hovering it shows its templates beside the chart, clicking pins it. Colours come from the
 * stylesheets, so the chart follows the theme.
 */
final class SpikeChart extends Region {

    private static final double LEFT = 46;
    private static final double RIGHT = 10;
    private static final double TOP = 16;
    private static final double BOTTOM = 22;
    private static final int VALUE_TICKS = 3;
    /** The bucket whose templates are listed beside the chart (hovered, else pinned). */
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");
    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");

    private final TemplatesViewModel vm;
    private final TimeZoneSetting zone;
    private final List<BucketColumn> columns = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Label> valueLabels = new ArrayList<>();
    private final List<Label> timeLabels = new ArrayList<>();
    private ValueTicks values = ValueTicks.covering(0, 1, VALUE_TICKS);

    SpikeChart(TemplatesViewModel vm, TimeZoneSetting zone) {
        this.vm = vm;
        this.zone = zone;
        getStyleClass().add("spike-chart");
        setMinHeight(140);
        setPrefHeight(180);
        vm.spikes().addListener((ListChangeListener<SpikeBucket>) c -> rebuild());
        vm.shownBucketProperty().addListener((o, was, now) -> markShown());
        vm.selectedBucketProperty().addListener((o, was, now) -> markShown());
        widthProperty().addListener((o, was, now) -> rebuildTimeLabels());
        zone.zoneProperty().addListener((o, was, now) -> rebuildTimeLabels());
        setOnMouseExited(e -> vm.hoverBucket(null));
        rebuild();
    }

    /** The node of bucket {@code index}, for tests that hover and click it. */
    Region bucketNode(int index) {
        return columns.get(index);
    }

    private void rebuild() {
        getChildren().clear();
        columns.clear();
        gridLines.clear();
        valueLabels.clear();
        timeLabels.clear();
        if (vm.spikes().isEmpty()) {
            return;
        }
        long tallest = vm.spikes().stream().mapToLong(SpikeBucket::total).max().orElse(0);
        values = ValueTicks.covering(0, Math.max(tallest, 1), VALUE_TICKS);
        for (double v : values.values()) {
            Line line = new Line();
            line.getStyleClass().add(v == 0 ? "axis-line" : "grid-line");
            gridLines.add(line);
            valueLabels.add(axisLabel(values.label(v)));
        }
        getChildren().addAll(gridLines);
        getChildren().addAll(valueLabels);
        for (int i = 0; i < vm.spikes().size(); i++) {
            BucketColumn column = new BucketColumn(vm.spikes().get(i));
            column.setId("spike-bucket-" + i);
            columns.add(column);
        }
        getChildren().addAll(columns);
        markShown();
        rebuildTimeLabels();
    }

    private void rebuildTimeLabels() {
        getChildren().removeAll(timeLabels);
        timeLabels.clear();
        if (columns.isEmpty() || plotWidth() <= 1) {
            return;
        }
        TimeTicks times = TimeAxis.ticks(vm.incidentWindow(), plotWidth(), zone.zone());
        for (Instant t : times.instants()) {
            Label label = axisLabel(times.label(t));
            label.setUserData(t);
            timeLabels.add(label);
        }
        getChildren().addAll(timeLabels);
        requestLayout();
    }

    private void markShown() {
        for (BucketColumn c : columns) {
            c.pseudoClassStateChanged(SHOWN, c.bucket.equals(vm.shownBucketProperty().get()));
            c.pseudoClassStateChanged(PINNED, c.bucket.equals(vm.selectedBucketProperty().get()));
        }
    }

    @Override
    protected void layoutChildren() {
        if (columns.isEmpty()) {
            return;
        }
        double plotHeight = Math.max(1, getHeight() - TOP - BOTTOM);
        double bottom = TOP + plotHeight;
        double unit = plotHeight / values.high();
        List<Double> ticks = values.values();
        for (int i = 0; i < ticks.size(); i++) {
            double y = Math.round(bottom - ticks.get(i) * unit) + 0.5;
            Line line = gridLines.get(i);
            line.setStartX(LEFT);
            line.setEndX(LEFT + plotWidth());
            line.setStartY(y);
            line.setEndY(y);
            Label label = valueLabels.get(i);
            double w = label.prefWidth(-1);
            double h = label.prefHeight(-1);
            label.resizeRelocate(LEFT - 6 - w, y - h / 2, w, h);
        }
        for (BucketColumn c : columns) {
            TimeRange r = vm.bucketRange(c.bucket);
            double x0 = x(r.start());
            double x1 = Math.min(x(r.end()), LEFT + plotWidth());
            c.unit = unit;
            c.resizeRelocate(Math.round(x0), 0, Math.max(1, Math.round(x1) - Math.round(x0)), bottom);
        }
        for (Label label : timeLabels) {
            double w = label.prefWidth(-1);
            double cx = x((Instant) label.getUserData());
            // A label that would be cut at the right edge is left out.
            label.setVisible(cx + w / 2 <= getWidth());
            label.resizeRelocate(cx - w / 2, bottom + 4, w, label.prefHeight(-1));
        }
    }

    private double x(Instant t) {
        TimeRange window = vm.incidentWindow();
        double span = Math.max(1, window.endMicros() - window.startMicros());
        return LEFT + (Micros.of(t) - window.startMicros()) / span * plotWidth();
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private static Label axisLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("axis-label");
        label.setAlignment(Pos.CENTER);
        return label;
    }

    /** One bucket: its full-height hover area, the error and warning bars, and the spike mark. */
    private final class BucketColumn extends Region {

        private static final double MARK = 7;

        final SpikeBucket bucket;
        final Region errors = new Region();
        final Region warnings = new Region();
        final Polygon mark = new Polygon(-MARK / 2, 0, MARK / 2, 0, 0, MARK * 0.8);
        double unit;

        BucketColumn(SpikeBucket bucket) {
            this.bucket = bucket;
            getStyleClass().add("spike-bucket");
            errors.getStyleClass().addAll(SeverityStyle.fillClasses(Severity.ERROR));
            warnings.getStyleClass().addAll(SeverityStyle.fillClasses(Severity.WARN));
            mark.getStyleClass().add("spike-mark");
            mark.setVisible(bucket.spike());
            if (bucket.spike()) {
                getStyleClass().add("spike");
            }
            getChildren().addAll(errors, warnings, mark);
            setOnMouseEntered(e -> vm.hoverBucket(bucket));
            setOnMouseClicked(e -> vm.selectBucket(bucket));
        }

        @Override
        protected void layoutChildren() {
            double gap = getWidth() > 5 ? 1 : 0;
            double w = Math.max(1, getWidth() - 2 * gap);
            double bottom = getHeight();
            double errorHeight = bucket.errors() * unit;
            double warningHeight = bucket.warnings() * unit;
            errors.resizeRelocate(gap, bottom - errorHeight, w, errorHeight);
            warnings.resizeRelocate(gap, bottom - errorHeight - warningHeight, w, warningHeight);
            mark.relocate(getWidth() / 2 - MARK / 2, Math.max(0, bottom - errorHeight - warningHeight - MARK - 3));
        }
    }
}
