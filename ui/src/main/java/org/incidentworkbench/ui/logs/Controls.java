package org.incidentworkbench.ui.logs;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small layout pieces the section's views share. */
final class Controls {

    private Controls() {
    }

    /** Pushes what follows it in an HBox to the right. */
    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A muted caption beside a control. */
    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }
}
