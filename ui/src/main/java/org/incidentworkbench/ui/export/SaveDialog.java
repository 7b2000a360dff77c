package org.incidentworkbench.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's save dialog, for snapshot files; it asks before replacing a file that exists. */
public final class SaveDialog implements TargetChooser {

    @Override
    public Optional<Path> choose(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export snapshot");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Incident snapshots (*.duckdb)", "*.duckdb"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
