package org.incidentworkbench.ui.charts;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The colours and fonts a chart paints with. A Canvas does not see CSS, so the chart follows the
 * app's theme by the user-agent stylesheet's name (AtlantaFX's dark themes say "dark").
 */
public record ChartStyle(Color background, Color plotBackground, Color grid, Color axisLine, Color text,
                         Color mutedText, Color incidentShade, Color incidentEdge, Color deployment,
                         Color configChange, Color crosshair, Color readoutBackground, Color readoutBorder,
                         Color selection, List<Color> palette, Font font, Font boldFont) {

    private static final Font FONT = Font.font("System", 11);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);

    /** Series colours that stay distinct on light and dark backgrounds (Tableau 10, reordered). */
    private static final List<Color> PALETTE = List.of(Color.web("#4e79a7"), Color.web("#e15759"),
            Color.web("#59a14f"), Color.web("#f28e2b"), Color.web("#b07aa1"), Color.web("#76b7b2"),
            Color.web("#edc948"), Color.web("#9c755f"), Color.web("#ff9da7"), Color.web("#bab0ac"));

    public static ChartStyle light() {
        return new ChartStyle(Color.web("#ffffff"), Color.web("#ffffff"), Color.web("#eaeef2"),
                Color.web("#afb8c1"), Color.web("#24292f"), Color.web("#57606a"),
                Color.web("#cf222e", 0.08), Color.web("#cf222e", 0.45), Color.web("#8250df"),
                Color.web("#bc4c00"), Color.web("#57606a", 0.8), Color.web("#ffffff", 0.95),
                Color.web("#d0d7de"), Color.web("#0969da", 0.15), PALETTE, FONT, BOLD);
    }

    public static ChartStyle dark() {
        return new ChartStyle(Color.web("#0d1117"), Color.web("#0d1117"), Color.web("#21262d"),
                Color.web("#484f58"), Color.web("#c9d1d9"), Color.web("#8b949e"),
                Color.web("#f85149", 0.12), Color.web("#f85149", 0.55), Color.web("#a371f7"),
                Color.web("#db6d28"), Color.web("#8b949e", 0.8), Color.web("#161b22", 0.95),
                Color.web("#30363d"), Color.web("#388bfd", 0.2), PALETTE.stream().map(Color::brighter).toList(),
                FONT, BOLD);
    }

    /** The style matching the app's current theme. */
    public static ChartStyle forCurrentTheme() {
        String sheet = Application.getUserAgentStylesheet();
        return sheet != null && sheet.toLowerCase(Locale.ROOT).contains("dark") ? dark() : light();
    }

    public Color seriesColor(int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }

    public Color markerColor(ChartMarker.Kind kind) {
        return kind == ChartMarker.Kind.DEPLOYMENT ? deployment : configChange;
    }
}
