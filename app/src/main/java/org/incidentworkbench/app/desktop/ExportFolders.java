package org.incidentworkbench.app.desktop;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.storage.duckdb.UnfinishedSnapshots;

/**
 * The folders the desktop exported snapshots to, most recent first, kept in the state file: an
 * export killed with the app leaves its temporary file there, and the app sweeps those folders
 * when it next starts.
 */
public final class ExportFolders {

    static final String PREFERENCE = "export.folders";
    static final int KEPT = 8;

    private final AppStateStore state;

    public ExportFolders(AppStateStore state) {
        this.state = state;
    }

    /** Remembers the folder of {@code target} before an export into it starts. */
    public void remember(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        List<Path> folders = new ArrayList<>(folders());
        folders.remove(folder);
        folders.addFirst(folder);
        state.setPreference(PREFERENCE, String.join("\n",
                folders.stream().limit(KEPT).map(Path::toString).toList()));
    }

    public List<Path> folders() {
        return state.preference(PREFERENCE).stream().flatMap(String::lines).filter(l -> !l.isBlank()).map(Path::of)
                .toList();
    }

    /**
     * Removes from {@code folders} the temporary files of exports that were killed before
     * {@code startedAt}, none that a process is still writing; returns how many. Touches only the
     * files, so it may run on any thread.
     */
    public static int sweep(List<Path> folders, Instant startedAt) {
        int removed = 0;
        for (Path folder : folders) {
            try {
                removed += UnfinishedSnapshots.removeFrom(folder, startedAt);
            } catch (RuntimeException unreadable) {
                // a folder gone or locked down since: the next export into it sweeps it again
            }
        }
        return removed;
    }
}
