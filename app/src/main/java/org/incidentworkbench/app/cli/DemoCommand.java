package org.incidentworkbench.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incidentworkbench.app.desktop.Desktop;
import org.incidentworkbench.app.desktop.StartWith;
import org.incidentworkbench.app.sample.SampleIncidentFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code workbench demo}: the desktop app on the sample incident's workspace. The sample is
 * prepared here first, so that a first run says on the terminal what it is generating.
 */
@Command(name = "demo", description = {
    "Open the desktop app on the bundled sample incident (scenario checkout-db-pool, seed 42).",
    "The sample is generated on first use; the same data every time."})
public final class DemoCommand implements Callable<Integer> {

    private final SampleIncidentFile sample;
    private final Desktop desktop;

    @Spec
    private CommandSpec spec;

    public DemoCommand(SampleIncidentFile sample, Desktop desktop) {
        this.sample = sample;
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        sample.ensure(message -> {
            err.println("workbench: " + message);
            err.flush();
        });
        return desktop.run(new StartWith.SampleIncident());
    }
}
