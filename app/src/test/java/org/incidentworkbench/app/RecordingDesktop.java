package org.incidentworkbench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.app.desktop.Desktop;
import org.incidentworkbench.app.desktop.StartWith;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;

/** Stands in for the desktop window in command-line tests: records what it was asked to show. */
final class RecordingDesktop implements Desktop {

    final List<StartWith> runs = new ArrayList<>();

    @Override
    public int run(StartWith start) {
        runs.add(start);
        return 0;
    }

    /** A workbench keeping its files in {@code dir}, with the small sample and this desktop. */
    Workbench workbench(Path dir) {
        return new Workbench(dir, SampleSpec.small(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED), this);
    }

    /** The same, for tests that never open the window. */
    static Workbench in(Path dir) {
        return new RecordingDesktop().workbench(dir);
    }
}
