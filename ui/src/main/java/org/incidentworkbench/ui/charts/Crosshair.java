package org.incidentworkbench.ui.charts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The vertical line at the cursor's time, a dot on each series where it crosses, and a readout box
 * with the time and every series' value there (beside the cursor, flipped near the right edge).
 */
final class Crosshair {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final double PAD = 8;
    private static final double LINE = 16;
    private static final double GAP = 16;

    private Crosshair() {
    }

    static void draw(GraphicsContext g, PlotArea area, List<PlotSeries> series, long atMicros, double cursorY,
                     ZoneId zone, ChartStyle style) {
        double x = Math.round(area.x(atMicros)) + 0.5;
        if (!area.containsX(x)) {
            return;
        }
        g.setStroke(style.crosshair());
        g.setLineWidth(1);
        g.strokeLine(x, area.top(), x, area.bottom());

        String header = TIME.format(Instant.ofEpochSecond(Math.floorDiv(atMicros, 1_000_000)).atZone(zone));
        String[] values = new String[series.size()];
        double nameWidth = 0;
        double valueWidth = 0;
        for (int i = 0; i < series.size(); i++) {
            PlotSeries s = series.get(i);
            int at = s.nearest(atMicros);
            values[i] = at < 0 ? "–" : ValueFormat.readout(s.y()[at]) + (s.unit().isBlank() ? "" : " " + s.unit());
            nameWidth = Math.max(nameWidth, textWidth(s.name(), style));
            valueWidth = Math.max(valueWidth, textWidth(values[i], style));
            if (at >= 0 && area.contains(area.x(s.xMicros()[at]), area.y(s.y()[at]))) {
                g.setFill(style.seriesColor(s.colorIndex()));
                g.fillOval(area.x(s.xMicros()[at]) - 3.5, area.y(s.y()[at]) - 3.5, 7, 7);
            }
        }
        // Names on the left, values right-aligned in their own column, so they compare at a glance.
        double width = Math.max(textWidth(header, style), 14 + nameWidth + GAP + valueWidth);
        double boxW = width + 2 * PAD;
        double boxH = (values.length + 1) * LINE + PAD;
        double boxX = x + 12 + boxW > area.right() ? x - 12 - boxW : x + 12;
        double boxY = Math.max(area.top() + 2, Math.min(cursorY - boxH / 2, area.bottom() - boxH - 2));
        g.setFill(style.readoutBackground());
        g.fillRoundRect(boxX, boxY, boxW, boxH, 8, 8);
        g.setStroke(style.readoutBorder());
        g.strokeRoundRect(boxX + 0.5, boxY + 0.5, boxW - 1, boxH - 1, 8, 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(style.boldFont());
        g.setFill(style.text());
        g.fillText(header, boxX + PAD, boxY + PAD / 2 + LINE / 2);
        g.setFont(style.font());
        for (int i = 0; i < values.length; i++) {
            double cy = boxY + PAD / 2 + (i + 1.5) * LINE;
            g.setFill(style.seriesColor(series.get(i).colorIndex()));
            g.fillOval(boxX + PAD, cy - 4, 8, 8);
            g.setFill(style.mutedText());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(series.get(i).name(), boxX + PAD + 14, cy);
            g.setFill(style.text());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(values[i], boxX + boxW - PAD, cy);
        }
    }

    private static double textWidth(String s, ChartStyle style) {
        Text t = new Text(s);
        t.setFont(style.font());
        return t.getLayoutBounds().getWidth();
    }
}
