package org.incidentworkbench.ui.templates;

import java.util.Locale;
import javafx.scene.control.Label;
import org.incidentworkbench.analysis.templates.TemplateChange;

/** "new", "surging", "dropping", "gone" as a coloured badge (colours in {@code templates.css}). */
final class ChangeBadge {

    private ChangeBadge() {
    }

    static Label of(TemplateChange.Kind kind) {
        Label badge = new Label();
        show(badge, kind);
        return badge;
    }

    static void show(Label badge, TemplateChange.Kind kind) {
        badge.setText(kind.label());
        badge.getStyleClass().setAll("label", "change-badge", "change-" + kind.name().toLowerCase(Locale.ROOT));
    }
}
