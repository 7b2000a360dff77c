package org.incidentworkbench.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to write a snapshot: the native save dialog in the app, a fixed path in headless tests. */
@FunctionalInterface
public interface TargetChooser {

    /** The file chosen, proposing {@code suggestedName}; empty when the user cancelled. */
    Optional<Path> choose(Window owner, String suggestedName);
}
