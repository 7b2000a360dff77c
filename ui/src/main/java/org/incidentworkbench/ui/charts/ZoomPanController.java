package org.incidentworkbench.ui.charts;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.time.Micros;

/**
 * Turns mouse gestures on a plot into range requests: drag to select a range and zoom into it;
 * shift-drag or right-drag to pan; the wheel pans (ctrl+wheel zooms around the cursor);
 * double-click resets. It only asks: whoever owns the range decides and redraws.
 */
final class ZoomPanController {

    /** Drags shorter than this are clicks, not selections. */
    private static final double MIN_SELECTION_PIXELS = 5;
    private static final double WHEEL_PAN_FRACTION = 0.1;
    private static final double WHEEL_ZOOM_FACTOR = 0.8;

    private final Supplier<PlotArea> area;
    private final Consumer<TimeRange> zoom;
    private final Consumer<TimeRange> pan;
    private final Runnable reset;
    private final Runnable redraw;

    private double pressX = Double.NaN;
    private double dragX = Double.NaN;
    private boolean panning;
    private long panFromMicros;
    private long panToMicros;

    ZoomPanController(Supplier<PlotArea> area, Consumer<TimeRange> zoom, Consumer<TimeRange> pan, Runnable reset,
                      Runnable redraw) {
        this.area = area;
        this.zoom = zoom;
        this.pan = pan;
        this.reset = reset;
        this.redraw = redraw;
    }

    void install(Node node) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        node.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** The pixel span being selected, as {from, to}, or null when no selection drag is under way. */
    double[] selection() {
        if (panning || Double.isNaN(pressX) || Double.isNaN(dragX)) {
            return null;
        }
        return new double[] {Math.min(pressX, dragX), Math.max(pressX, dragX)};
    }

    private void pressed(MouseEvent e) {
        PlotArea a = area.get();
        if (a == null || !a.contains(e.getX(), e.getY())) {
            return;
        }
        pressX = e.getX();
        dragX = Double.NaN;
        panning = e.isShiftDown() || e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE;
        panFromMicros = a.fromMicros();
        panToMicros = a.toMicros();
    }

    private void dragged(MouseEvent e) {
        PlotArea a = area.get();
        if (a == null || Double.isNaN(pressX)) {
            return;
        }
        dragX = Math.max(a.left(), Math.min(a.right(), e.getX()));
        if (panning) {
            long shift = Math.round((pressX - e.getX()) * a.microsPerPixel());
            pan.accept(range(panFromMicros + shift, panToMicros + shift));
        } else {
            redraw.run();
        }
    }

    private void released(MouseEvent e) {
        double[] selected = selection();
        PlotArea a = area.get();
        pressX = Double.NaN;
        dragX = Double.NaN;
        panning = false;
        if (selected != null && a != null && selected[1] - selected[0] >= MIN_SELECTION_PIXELS) {
            zoom.accept(range(a.micros(selected[0]), a.micros(selected[1])));
        } else {
            redraw.run();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            reset.run();
        }
    }

    private void scrolled(ScrollEvent e) {
        PlotArea a = area.get();
        if (a == null || e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        long span = a.toMicros() - a.fromMicros();
        if (e.isControlDown()) {
            double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM_FACTOR : 1 / WHEEL_ZOOM_FACTOR;
            long anchor = a.micros(e.getX());
            zoom.accept(range(anchor - Math.round((anchor - a.fromMicros()) * factor),
                    anchor + Math.round((a.toMicros() - anchor) * factor)));
        } else {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            long shift = Math.round(-Math.signum(delta) * span * WHEEL_PAN_FRACTION);
            pan.accept(range(a.fromMicros() + shift, a.toMicros() + shift));
        }
        e.consume();
    }

    private static TimeRange range(long fromMicros, long toMicros) {
        return new TimeRange(Micros.toInstant(fromMicros), Micros.toInstant(toMicros));
    }
}
