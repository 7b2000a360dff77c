package org.incidentworkbench.ui.logs;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.time.TimeTicks;
import org.incidentworkbench.ui.charts.TimeAxis;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The log volume over the filtered range, bars stacked by severity (most severe at the baseline,
 * so an error spike shows even under heavy INFO traffic), the incident window shaded. Dragging
 * selects a range (handed to {@code onRangeSelected}); a double click asks for the default range.
 */
final class HistogramCanvas extends Region {

    private static final double LEFT = 56;
    private static final double RIGHT = 12;
    private static final double TOP = 18;
    private static final double BOTTOM = 22;
    /** A press that moves less than this is a click, not a drag. */
    private static final double MIN_DRAG = 4;
    private static final Color SELECTION = Color.web("#3b82f6", 0.22);
    private static final Color INCIDENT = Color.web("#e5484d", 0.10);

    private final Canvas canvas = new Canvas();
    /** Carries the theme's muted text colour from CSS to the canvas, which CSS cannot style. */
    private final Label axisStyle = new Label();
    private final TimeZoneSetting zone;
    private final TimeRange incidentWindow;
    private final Tooltip readout = new Tooltip();
    private VolumeHistogram histogram;
    private double dragStart = Double.NaN;
    private double dragEnd = Double.NaN;

    HistogramCanvas(TimeZoneSetting zone, TimeRange incidentWindow, Consumer<TimeRange> onRangeSelected,
                    Runnable onReset) {
        this.zone = zone;
        this.incidentWindow = incidentWindow;
        getStyleClass().add("volume-histogram");
        axisStyle.getStyleClass().add("axis-style");
        axisStyle.setManaged(false);
        axisStyle.setOpacity(0);
        getChildren().addAll(canvas, axisStyle);
        setMinHeight(120);
        setPrefHeight(150);
        axisStyle.textFillProperty().addListener((o, was, now) -> draw());
        zone.zoneProperty().addListener((o, was, now) -> draw());
        canvas.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                dragStart = clampToPlot(e.getX());
                dragEnd = dragStart;
            }
        });
        canvas.setOnMouseDragged(e -> {
            if (!Double.isNaN(dragStart)) {
                dragEnd = clampToPlot(e.getX());
                draw();
            }
        });
        canvas.setOnMouseReleased(e -> finishDrag(e, onRangeSelected));
        readout.setShowDelay(javafx.util.Duration.millis(100));
        Tooltip.install(canvas, readout);
        canvas.setOnMouseMoved(e -> readout.setText(describeBucketAt(e.getX())));
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onReset.run();
            }
        });
    }

    void show(VolumeHistogram h) {
        histogram = h;
        draw();
    }

    /** Maps times to pixels across the plot area; null until a histogram arrives. */
    TimeScale scale() {
        return histogram == null ? null : new TimeScale(histogram.range(), LEFT, plotWidth());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void finishDrag(MouseEvent e, Consumer<TimeRange> onRangeSelected) {
        double start = dragStart;
        dragStart = Double.NaN;
        TimeScale scale = scale();
        if (!Double.isNaN(start) && scale != null && Math.abs(e.getX() - start) >= MIN_DRAG) {
            onRangeSelected.accept(scale.between(start, clampToPlot(e.getX())));
        }
        draw();
    }

    /** "14:07:00 · 63 records: ERROR 48, WARN 15" for the bar under the pointer. */
    private String describeBucketAt(double x) {
        TimeScale scale = scale();
        if (scale == null) {
            return "";
        }
        long offset = Micros.of(scale.time(x)) - Micros.of(histogram.bucketStart(0));
        int i = (int) Math.clamp(offset / (histogram.bucket().toNanos() / 1_000), 0, histogram.bucketCount() - 1);
        StringBuilder text = new StringBuilder(zone.time(histogram.bucketStart(i)))
                .append(String.format(Locale.ROOT, " · %,d records", histogram.bucketTotal(i)));
        String separator = ": ";
        for (Severity s : SeverityStyle.MOST_SEVERE_FIRST) {
            long n = histogram.count(i, s);
            if (n > 0) {
                text.append(separator).append(s.name()).append(' ').append(String.format(Locale.ROOT, "%,d", n));
                separator = ", ";
            }
        }
        return text.toString();
    }

    private double clampToPlot(double x) {
        return Math.clamp(x, LEFT, LEFT + plotWidth());
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(1, getHeight() - TOP - BOTTOM);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        TimeScale scale = scale();
        if (scale == null) {
            return;
        }
        Color axis = axisStyle.getTextFill() instanceof Color c ? c : Color.GRAY;
        g.setFont(Font.font(11));
        shadeIncidentWindow(g, scale, axis);
        long tallest = Math.max(1, niceCeiling(histogram.tallestBucket()));
        drawValueAxis(g, tallest, axis);
        drawBars(g, scale, tallest);
        drawTimeAxis(g, scale, axis);
        g.setFill(axis);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("drag to select a range · double-click to reset", LEFT + plotWidth(), TOP - 3);
        if (!Double.isNaN(dragStart)) {
            g.setFill(SELECTION);
            g.fillRect(Math.min(dragStart, dragEnd), TOP, Math.abs(dragEnd - dragStart), plotHeight());
        }
    }

    private void shadeIncidentWindow(GraphicsContext g, TimeScale scale, Color axis) {
        double x0 = clampToPlot(scale.x(incidentWindow.start()));
        double x1 = clampToPlot(scale.x(incidentWindow.end()));
        if (x1 - x0 < 1) {
            return;
        }
        g.setFill(INCIDENT);
        g.fillRect(x0, TOP, x1 - x0, plotHeight());
        g.setFill(axis);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("incident window", x0 + 4, TOP - 3);
    }

    private void drawValueAxis(GraphicsContext g, long tallest, Color axis) {
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (long v : List.of(0L, tallest / 2, tallest)) {
            double y = TOP + plotHeight() * (1 - (double) v / tallest);
            g.setStroke(axis.deriveColor(0, 1, 1, 0.25));
            g.setLineWidth(1);
            g.strokeLine(LEFT, Math.round(y) + 0.5, LEFT + plotWidth(), Math.round(y) + 0.5);
            g.setFill(axis);
            g.fillText(compact(v), LEFT - 6, y);
        }
    }

    private void drawBars(GraphicsContext g, TimeScale scale, long tallest) {
        double unit = plotHeight() / tallest;
        for (int i = 0; i < histogram.bucketCount(); i++) {
            double x0 = clampToPlot(scale.x(histogram.bucketStart(i)));
            double x1 = clampToPlot(scale.x(histogram.bucketStart(i + 1)));
            double gap = x1 - x0 > 4 ? 1 : 0;
            double y = TOP + plotHeight();
            for (Severity s : SeverityStyle.MOST_SEVERE_FIRST) {
                double h = histogram.count(i, s) * unit;
                if (h > 0) {
                    g.setFill(SeverityStyle.color(s));
                    g.fillRect(x0, y - h, Math.max(1, x1 - x0 - gap), h);
                    y -= h;
                }
            }
        }
    }

    private void drawTimeAxis(GraphicsContext g, TimeScale scale, Color axis) {
        g.setFill(axis);
        g.setStroke(axis);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        TimeTicks ticks = TimeAxis.ticks(histogram.range(), plotWidth(), zone.zone());
        double baseline = TOP + plotHeight();
        for (Instant t : ticks.instants()) {
            double x = Math.round(scale.x(t)) + 0.5;
            if (x > getWidth() - 24) {
                continue; // its label would be cut at the edge
            }
            g.strokeLine(x, baseline, x, baseline + 4);
            g.fillText(ticks.label(t), x, baseline + 6);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code n}: a round top for the value axis. */
    private static long niceCeiling(long n) {
        long power = 1;
        while (power * 10 <= n) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * power >= n) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String compact(long v) {
        return v >= 10_000 ? String.format(Locale.ROOT, "%dk", v / 1_000) : Long.toString(v);
    }
}
