package org.incidentworkbench.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.storage.state.SqliteStateStore;

/** The app's real SQLite state store in a new temporary folder: a user with no history yet. */
public final class FreshStateStore {

    private FreshStateStore() {
    }

    public static AppStateStore open() {
        try {
            Path dir = Files.createTempDirectory("ui-state");
            dir.toFile().deleteOnExit();
            return SqliteStateStore.open(dir.resolve("state.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
