package org.incidentworkbench.app.desktop;

import java.nio.file.Path;

/** What the desktop app shows first. */
public sealed interface StartWith {

    /** The start page. */
    record StartPage() implements StartWith {
    }

    /** The incidents of a snapshot file. */
    record Snapshot(Path file) implements StartWith {
    }

    /** The sample incident's workspace. */
    record SampleIncident() implements StartWith {
    }
}
