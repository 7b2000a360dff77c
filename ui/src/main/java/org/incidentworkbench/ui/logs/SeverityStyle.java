package org.incidentworkbench.ui.logs;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.incidentworkbench.analysis.logs.Severity;

/**
 * How severities look everywhere they are shown (Logs, the log changes): one colour each, mid-tone so it
 * reads on light and dark themes, shared by the badges and fills (through {@code severity.css}, which a
 * view adds with {@link #stylesheet()}) and the histogram canvas.
 */
public final class SeverityStyle {

    /** Most severe first: the order of the chips and of the histogram's stack from the baseline up. */
    static final List<Severity> MOST_SEVERE_FIRST = List.of(Severity.FATAL, Severity.ERROR, Severity.WARN,
            Severity.INFO, Severity.DEBUG, Severity.TRACE);

    private SeverityStyle() {
    }

    /** The stylesheet of the badge and fill classes. */
    public static String stylesheet() {
        return SeverityStyle.class.getResource("severity.css").toExternalForm();
    }

    /** Must match the colours in severity.css. */
    static Color color(Severity s) {
        return switch (s) {
            case FATAL -> Color.web("#b62ad9");
            case ERROR -> Color.web("#e5484d");
            case WARN -> Color.web("#e09b13");
            case INFO -> Color.web("#3b82f6");
            case DEBUG -> Color.web("#8b949e");
            case TRACE -> Color.web("#b1bac4");
        };
    }

    static String styleClass(Severity s) {
        return "severity-" + s.name().toLowerCase(Locale.ROOT);
    }

    /** The classes that paint a region's background in the severity's colour. */
    public static List<String> fillClasses(Severity s) {
        return List.of("severity-fill", styleClass(s));
    }

    /** A coloured badge naming the severity. */
    public static Label badge(Severity s) {
        Label badge = new Label();
        badge.getStyleClass().add("severity-badge");
        show(badge, s);
        return badge;
    }

    /** Re-targets a badge (cells reuse theirs); null hides it. */
    public static void show(Label badge, Severity s) {
        badge.getStyleClass().removeIf(c -> c.startsWith("severity-") && !c.equals("severity-badge"));
        badge.setVisible(s != null);
        if (s != null) {
            badge.setText(s.name());
            badge.getStyleClass().add(styleClass(s));
        }
    }
}
