package org.incidentworkbench.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.app.cli.DbCommand;
import org.incidentworkbench.app.cli.DbInitCommand;
import org.incidentworkbench.app.cli.DemoCommand;
import org.incidentworkbench.app.cli.ExportCommand;
import org.incidentworkbench.app.cli.ErrorReporter;
import org.incidentworkbench.app.cli.IncidentsCommand;
import org.incidentworkbench.app.cli.InfoCommand;
import org.incidentworkbench.app.cli.LogsCommand;
import org.incidentworkbench.app.cli.OpenCommand;
import org.incidentworkbench.app.cli.ProfileCheckCommand;
import org.incidentworkbench.app.cli.ProfileCommand;
import org.incidentworkbench.app.cli.ProfileListCommand;
import org.incidentworkbench.app.cli.SampleCommand;
import org.incidentworkbench.app.cli.ScenariosCommand;
import org.incidentworkbench.app.cli.SeriesCommand;
import org.incidentworkbench.app.cli.SummaryCommand;
import org.incidentworkbench.app.cli.SyncCommand;
import org.incidentworkbench.app.cli.TemplatesCommand;
import org.incidentworkbench.app.cli.VerifyCommand;
import org.incidentworkbench.app.cli.WorkbenchCommand;
import org.incidentworkbench.app.desktop.Desktop;
import org.incidentworkbench.app.desktop.DesktopApp;
import org.incidentworkbench.app.sample.SampleIncidentFile;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.export.CheckedSnapshotOpener;
import org.incidentworkbench.storage.postgres.PostgresConnector;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.state.StateFileLocation;
import org.incidentworkbench.ui.logs.LogsSection;
import org.incidentworkbench.ui.metrics.MetricsSection;
import org.incidentworkbench.ui.notes.NotesSection;
import org.incidentworkbench.ui.overview.OverviewSection;
import org.incidentworkbench.ui.templates.TemplatesSection;
import org.incidentworkbench.ui.workspace.Section;
import org.incidentworkbench.ui.workspace.SectionFactory;
import picocli.CommandLine;

/**
 * The one wiring class: builds the command line, the desktop app and everything they need, with
 * plain constructors. {@code dataFolder} is where the application keeps its own files (generated
 * samples); the desktop app's state lives in the config folder.
 */
public final class Workbench {

    private final Path dataFolder;
    private final SampleIncidentFile sample;
    private final Desktop desktop;
    private final SourceProfiles profiles;
    private final Path stateFile;

    /**
     * The real app: its state in {@code stateFile}, user source profiles beside it, the full default
     * sample, database passwords from {@code env} when set.
     */
    public Workbench(Path dataFolder, Path stateFile, Map<String, String> env) {
        this.dataFolder = dataFolder;
        this.stateFile = stateFile;
        this.sample = new SampleIncidentFile(dataFolder.resolve("samples"),
                SampleSpec.full(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED));
        this.profiles = SourceProfiles.besideStateFile(stateFile);
        this.desktop = new DesktopApp(stateFile, new CheckedSnapshotOpener(), sample, new PostgresConnector(env, profiles),
                sections());
    }

    /**
     * {@code demoSample}: the sample {@code workbench demo} opens; {@code desktop}: stands in for the
     * window; user source profiles in {@code dataFolder/profiles} (tests).
     */
    Workbench(Path dataFolder, SampleSpec demoSample, Desktop desktop) {
        this.dataFolder = dataFolder;
        this.sample = new SampleIncidentFile(dataFolder.resolve("samples"), demoSample);
        this.desktop = desktop;
        this.profiles = new SourceProfiles(dataFolder.resolve("profiles"));
        this.stateFile = dataFolder.resolve("state.db");
    }

    /**
     * From the environment: samples under the XDG data folder ({@code $XDG_DATA_HOME/incident-workbench},
     * else {@code ~/.local/share/incident-workbench}), state in the platform's config folder.
     */
    public static Workbench fromEnvironment(Map<String, String> env, Path home, String osName) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return new Workbench(base.resolve("incident-workbench"), StateFileLocation.resolve(env, home, osName), env);
    }

    /**
     * The workspace sections the desktop app shows, in navigation order. This is the one place a
     * section is registered; a section not registered is not shown.
     */
    static Map<Section, SectionFactory> sections() {
        Map<Section, SectionFactory> sections = new EnumMap<>(Section.class);
        sections.put(Section.OVERVIEW, OverviewSection::new);
        sections.put(Section.METRICS, MetricsSection::new);
        sections.put(Section.LOGS, LogsSection::new);
        sections.put(Section.TEMPLATES, TemplatesSection::new);
        // Notes are signed with the login of the person at this machine.
        FeedbackEvents events = new FeedbackEvents(Actor.user(System.getProperty("user.name")));
        sections.put(Section.NOTES, context -> new NotesSection(context, events));
        return sections;
    }

    Path dataFolder() {
        return dataFolder;
    }

    public CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorkbenchCommand(desktop))
                .addSubcommand(new DemoCommand(sample, desktop))
                .addSubcommand(new OpenCommand(desktop))
                .addSubcommand(new SummaryCommand(profiles))
                .addSubcommand(new IncidentsCommand(profiles))
                .addSubcommand(new InfoCommand())
                .addSubcommand(new ExportCommand(profiles))
                .addSubcommand(new VerifyCommand())
                .addSubcommand(new SeriesCommand(profiles))
                .addSubcommand(new LogsCommand(profiles))
                .addSubcommand(new TemplatesCommand(profiles))
                .addSubcommand(new SampleCommand())
                .addSubcommand(new ScenariosCommand())
                .addSubcommand(new SyncCommand(stateFile))
                .addSubcommand(new CommandLine(new DbCommand()).addSubcommand(new DbInitCommand()))
                .addSubcommand(new CommandLine(new ProfileCommand())
                        .addSubcommand(new ProfileListCommand(profiles))
                        .addSubcommand(new ProfileCheckCommand(profiles)));
        // Set after the subcommands are added: these setters apply to the subcommands present.
        ErrorReporter errors = new ErrorReporter();
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        return cli;
    }
}
