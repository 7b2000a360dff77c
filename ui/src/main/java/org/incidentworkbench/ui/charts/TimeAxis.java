package org.incidentworkbench.ui.charts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.time.TimeTicks;

/** Draws the vertical grid lines at time ticks and, when asked, their labels under the marker strip. */
public final class TimeAxis {

    /** Room for the widest label, "14:07:30.250", and a gap, so neighbouring labels never touch. */
    private static final double MIN_PIXELS_PER_TICK = 85;

    private TimeAxis() {
    }

    /** The ticks for a time axis {@code plotWidth} pixels wide, spaced so their labels do not overlap. */
    public static TimeTicks ticks(TimeRange range, double plotWidth, ZoneId zone) {
        double ticksThatFit = Math.max(1, plotWidth / MIN_PIXELS_PER_TICK);
        Duration minStep = Duration.ofNanos((long) (range.duration().toNanos() / ticksThatFit));
        return TimeTicks.across(range, minStep, zone);
    }

    static void draw(GraphicsContext g, PlotArea area, ZoneId zone, boolean labels, double labelY, ChartStyle style) {
        TimeRange range = new TimeRange(Micros.toInstant(area.fromMicros()), Micros.toInstant(area.toMicros()));
        TimeTicks ticks = ticks(range, area.width(), zone);
        g.setLineWidth(1);
        g.setFont(style.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (Instant t : ticks.instants()) {
            double x = Math.round(area.x(Micros.of(t))) + 0.5;
            g.setStroke(style.grid());
            g.strokeLine(x, area.top(), x, area.bottom());
            if (labels) {
                g.setStroke(style.axisLine());
                g.strokeLine(x, area.bottom(), x, area.bottom() + 4);
                g.setFill(style.mutedText());
                g.fillText(ticks.label(t), x, labelY);
            }
        }
        g.setStroke(style.axisLine());
        g.strokeLine(area.left(), Math.round(area.bottom()) + 0.5, area.right(), Math.round(area.bottom()) + 0.5);
    }
}
