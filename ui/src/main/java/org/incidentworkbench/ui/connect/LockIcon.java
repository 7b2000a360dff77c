package org.incidentworkbench.ui.connect;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** An open padlock drawn in shapes (no icon font needed), coloured by the stylesheet: the sign of a session that is not encrypted. */
public final class LockIcon {

    private LockIcon() {
    }

    public static Node open() {
        SVGPath body = new SVGPath();
        body.setContent("M1 7h10v8H1z");
        body.getStyleClass().add("lock-body");
        SVGPath shackle = new SVGPath();
        // Lifted off the body on the right: the lock is open.
        shackle.setContent("M8 7V4a3 3 0 0 1 6 0v1.5");
        shackle.getStyleClass().add("lock-shackle");
        Group icon = new Group(body, shackle);
        icon.getStyleClass().add("lock-open");
        return icon;
    }
}
