package org.incidentworkbench.app;

import java.nio.file.Path;
import java.util.Map;
import org.incidentworkbench.app.cli.DemoCommand;
import org.incidentworkbench.app.cli.ErrorReporter;
import org.incidentworkbench.app.cli.IncidentsCommand;
import org.incidentworkbench.app.cli.InfoCommand;
import org.incidentworkbench.app.cli.LogsCommand;
import org.incidentworkbench.app.cli.SampleCommand;
import org.incidentworkbench.app.cli.ScenariosCommand;
import org.incidentworkbench.app.cli.SeriesCommand;
import org.incidentworkbench.app.cli.SummaryCommand;
import org.incidentworkbench.app.cli.WorkbenchCommand;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import picocli.CommandLine;

/**
 * The one wiring class: builds the command line and everything it needs, with plain constructors.
 * {@code dataFolder} is where the application keeps its own files (generated samples).
 */
public final class Workbench {

    private final Path dataFolder;
    private final SampleSpec demoSample;

    public Workbench(Path dataFolder) {
        this(dataFolder, SampleSpec.full(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED));
    }

    /** {@code demoSample}: the sample {@code workbench demo} summarises (tests use a small one). */
    Workbench(Path dataFolder, SampleSpec demoSample) {
        this.dataFolder = dataFolder;
        this.demoSample = demoSample;
    }

    /** The XDG data folder: {@code $XDG_DATA_HOME/incident-workbench}, else {@code ~/.local/share/incident-workbench}. */
    public static Workbench fromEnvironment(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return new Workbench(base.resolve("incident-workbench"));
    }

    Path dataFolder() {
        return dataFolder;
    }

    public CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorkbenchCommand())
                .addSubcommand(new DemoCommand(dataFolder.resolve("samples"), demoSample))
                .addSubcommand(new SummaryCommand())
                .addSubcommand(new IncidentsCommand())
                .addSubcommand(new InfoCommand())
                .addSubcommand(new SeriesCommand())
                .addSubcommand(new LogsCommand())
                .addSubcommand(new SampleCommand())
                .addSubcommand(new ScenariosCommand());
        // Set after the subcommands are added: these setters apply to the subcommands present.
        ErrorReporter errors = new ErrorReporter();
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        return cli;
    }
}
