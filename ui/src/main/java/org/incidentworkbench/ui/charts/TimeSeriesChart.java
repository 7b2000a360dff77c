package org.incidentworkbench.ui.charts;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * A time-series chart drawn on one Canvas: fast enough for thousands of points per series at every
 * mouse move, where JavaFX's LineChart (a node per point) is not. It draws what its properties say
 * and asks for range changes through {@link #setOnZoom}/{@link #setOnPan}/{@link #setOnReset}.
 */
public final class TimeSeriesChart extends Region {

    /** Room left of the plot for value labels such as "12.5k" and "0.025". */
    private static final double LEFT = 60;
    private static final double RIGHT = 16;
    private static final double TOP = 18;
    private static final double TIME_LABELS = 18;

    /** The crosshair time when the mouse is over none of the linked charts. */
    public static final long NO_CURSOR = Long.MIN_VALUE;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<List<PlotSeries>> series = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<ChartMarker>> markers = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<TimeRange> visibleRange = new SimpleObjectProperty<>();
    private final ObjectProperty<TimeRange> shadedWindow = new SimpleObjectProperty<>();
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneOffset.UTC);
    private final BooleanProperty timeLabelsVisible = new SimpleBooleanProperty(true);
    private final InvalidationListener redrawOnCursor = o -> draw();
    private LongProperty cursor = new SimpleLongProperty(NO_CURSOR);
    private final Tooltip markerTip = new Tooltip();
    private final ZoomPanController gestures;

    private Consumer<TimeRange> onZoom = r -> { };
    private Consumer<TimeRange> onPan = r -> { };
    private Runnable onReset = () -> { };
    private PlotArea area;
    private double cursorY = Double.NaN;

    public TimeSeriesChart() {
        getStyleClass().add("time-series-chart");
        getChildren().add(canvas);
        setMinSize(200, 90);
        setPrefSize(800, 300);
        gestures = new ZoomPanController(() -> area, r -> onZoom.accept(r), r -> onPan.accept(r),
                () -> onReset.run(), this::draw);
        gestures.install(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            // Linked charts the mouse is not over show their readout at the top, out of the way.
            cursorY = Double.NaN;
            cursor.set(NO_CURSOR);
            markerTip.hide();
        });
        for (Observable o : List.<Observable>of(series, markers, visibleRange, shadedWindow, zone, timeLabelsVisible)) {
            o.addListener(x -> draw());
        }
        cursor.addListener(redrawOnCursor);
    }

    public ObjectProperty<List<PlotSeries>> seriesProperty() {
        return series;
    }

    public ObjectProperty<List<ChartMarker>> markersProperty() {
        return markers;
    }

    public ObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange;
    }

    public ObjectProperty<TimeRange> shadedWindowProperty() {
        return shadedWindow;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** Small multiples show the time labels under the last chart only. */
    public BooleanProperty timeLabelsVisibleProperty() {
        return timeLabelsVisible;
    }

    /** The time under the cursor in microseconds, {@link #NO_CURSOR} when the cursor is elsewhere. */
    public LongProperty crosshairTimeProperty() {
        return cursor;
    }

    /** Follows (and moves) {@code shared} instead of its own cursor, so linked charts show one crosshair. */
    public void shareCursor(LongProperty shared) {
        cursor.removeListener(redrawOnCursor);
        cursor = shared;
        cursor.addListener(redrawOnCursor);
        draw();
    }

    public void setOnZoom(Consumer<TimeRange> handler) {
        onZoom = handler;
    }

    public void setOnPan(Consumer<TimeRange> handler) {
        onPan = handler;
    }

    public void setOnReset(Runnable handler) {
        onReset = handler;
    }

    /** The plot's bounds in this chart's coordinates, once drawn: where tests and gestures aim. */
    public Optional<PlotArea> plotArea() {
        return Optional.ofNullable(area);
    }

    /** The plot's width in pixels, what the automatic bucket width is computed from. */
    public double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    private void moved(MouseEvent e) {
        if (area == null) {
            return;
        }
        cursorY = e.getY();
        cursor.set(area.containsX(e.getX()) && e.getY() <= area.bottom() ? area.micros(e.getX()) : NO_CURSOR);
        Optional<ChartMarker> marker = MarkerLayer.at(area, markers.get(), e.getX(), e.getY());
        if (marker.isPresent()) {
            markerTip.setText(marker.get().tooltipText());
            Point2D p = canvas.localToScreen(e.getX() + 12, e.getY() + 12);
            if (p != null) {
                markerTip.show(canvas, p.getX(), p.getY());
            }
        } else {
            markerTip.hide();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        TimeRange range = visibleRange.get();
        ChartStyle style = ChartStyle.forCurrentTheme();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(style.background());
        g.fillRect(0, 0, w, h);
        double plotHeight = h - TOP - MarkerLayer.STRIP - (timeLabelsVisible.get() ? TIME_LABELS : 2);
        if (range == null || w - LEFT - RIGHT < 20 || plotHeight < 20 || !range.end().isAfter(range.start())) {
            area = null;
            return;
        }
        List<PlotSeries> shown = series.get();
        double[] extent = SeriesPainter.visibleExtent(shown, range.startMicros(), range.endMicros());
        // Rates, latencies and counts read best from zero; anything dipping below zero keeps its own floor.
        double low = extent[0] >= 0 ? 0 : extent[0];
        ValueTicks ticks = ValueTicks.covering(low, extent[1], (int) Math.max(2, plotHeight / ValueAxis.PIXELS_PER_TICK));
        area = new PlotArea(LEFT, TOP, w - LEFT - RIGHT, plotHeight, range.startMicros(), range.endMicros(), ticks);

        g.setFill(style.plotBackground());
        g.fillRect(area.left(), area.top(), area.width(), area.height());
        IncidentShading.draw(g, area, shadedWindow.get(), style);
        ValueAxis.draw(g, area, unitOf(shown), style);
        TimeAxis.draw(g, area, zone.get(), timeLabelsVisible.get(), area.bottom() + MarkerLayer.STRIP + 2, style);
        MarkerLayer.draw(g, area, markers.get(), style);
        SeriesPainter.draw(g, area, shown, style);
        double[] selected = gestures.selection();
        if (selected != null) {
            g.setFill(style.selection());
            g.fillRect(selected[0], area.top(), selected[1] - selected[0], area.height());
        }
        long at = cursor.get();
        if (at != NO_CURSOR && selected == null && !shown.isEmpty()) {
            Crosshair.draw(g, area, shown, at, Double.isNaN(cursorY) ? area.top() : cursorY, zone.get(), style);
        }
    }

    /** The unit shown above the value labels: the series' units, each once. */
    private static String unitOf(List<PlotSeries> shown) {
        return String.join(", ", shown.stream().map(PlotSeries::unit).filter(u -> !u.isBlank()).distinct().toList());
    }
}
