package org.incidentworkbench.ui.incidents;

import javafx.scene.control.Label;

/** The coloured severity label, shared by the incident table and the workspace header. */
public final class SeverityBadge {

    private SeverityBadge() {
    }

    public static Label of(int severity) {
        Label badge = new Label(IncidentColumn.severityLabel(severity));
        badge.getStyleClass().addAll("badge", "sev-" + Math.max(1, Math.min(5, severity)));
        return badge;
    }
}
