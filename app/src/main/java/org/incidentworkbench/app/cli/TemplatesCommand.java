package org.incidentworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentworkbench.analysis.incidents.Baseline;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.templates.MiningProgress;
import org.incidentworkbench.analysis.templates.TemplateAnalysis;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.templates.TemplateWindows;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code workbench templates SOURCE}: the log templates of an incident's window, or what changed
 * in them against a baseline; {@code workbench templates --log-file FILE --log-format FORMAT}: the
 * templates of a plain log file.
 */
@Command(name = "templates", description = {
    "Mine the log templates of an incident: per service and severity, each kind of",
    "message with its count and share in the incident window, its count in the",
    "baseline and its top parameter values. With --diff: the templates that are new,",
    "surging, dropping or gone, most significant first.",
    "The window is the incident's; without --incident, the most severe open incident",
    "(else the most recent). The baseline is the same window a day earlier when the",
    "source has logs there, else the hour before, unless --baseline names one.",
    "With --log-file: mine a plain log file instead."})
public final class TemplatesCommand extends ReadingCommand {

    /** The options that read a source, refused beside --log-file rather than silently ignored. */
    private static final List<String> SOURCE_OPTIONS = List.of("--incident", "--window", "--baseline", "--service",
            "--severity", "--diff", "--profile", "--password");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = {SourceArgument.DESCRIBE_FILE, SourceArgument.DESCRIBE_DATABASE})
    private String source;

    @Mixin
    private SourceConnection connection;

    @Mixin
    private IncidentOption incident;

    @Option(names = "--window", converter = TimeRangeArgument.class, paramLabel = "FROM..TO",
            description = "Mine this window instead of an incident's, e.g. 2026-11-20T14:00Z..2026-11-20T15:30Z.")
    private TimeRange window;

    @Option(names = "--baseline", converter = TimeRangeArgument.class, paramLabel = "FROM..TO",
            description = "Compare with this window instead of the default baseline.")
    private TimeRange baseline;

    @Option(names = "--service", split = ",", paramLabel = "NAME", description = "Only these services (repeatable or comma-separated).")
    private List<String> services = new ArrayList<>();

    @Option(names = "--severity", split = ",", converter = SeverityArgument.class, paramLabel = "LEVEL",
            description = "Only these severities: trace, debug, info, warn, error, fatal (repeatable or comma-separated).")
    private List<Severity> severities = new ArrayList<>();

    @Option(names = "--diff", description = "List what changed against the baseline instead of every template.")
    private boolean diff;

    @ArgGroup(exclusive = false, heading = "%nMining a plain log file instead of a SOURCE:%n")
    private LogFileOptions logFile;

    private final SourceProfiles profiles;

    public TemplatesCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() throws IOException {
        if (logFile != null) {
            requireNoSource();
            mineLogFile();
            return ErrorReporter.OK;
        }
        if (source == null) {
            throw new ParameterException(spec.commandLine(), "missing SOURCE (a snapshot or a database), or --log-file FILE");
        }
        if (window != null && incident.given()) {
            throw new ParameterException(spec.commandLine(), "--incident and --window both choose the window: give one of them");
        }
        try (IncidentSource s = connection.open(source, profiles)) {
            Incident chosen = window == null ? incident.choose(s, spec) : null;
            TimeRange mined = chosen == null ? window : new TimeRange(chosen.windowStart(), chosen.windowEnd());
            TemplateAnalysis analysis = new TemplateAnalysis(s, MinerSettings.defaults());
            TemplateWindows windows = baseline == null ? analysis.windowsFor(mined, Cancellation.none()) : chosenWindows(mined);
            // No progress: Java 21 cannot tell whether stderr is a terminal, and progress lines would litter a captured stderr.
            TemplateReport report = analysis.analyse(windows, new LinkedHashSet<>(services), severitySet(),
                    Cancellation.none(), MiningProgress.NONE);
            print(chosen, report);
        }
        return ErrorReporter.OK;
    }

    /** The window against --baseline, which must lie apart from it. */
    private TemplateWindows chosenWindows(TimeRange mined) {
        try {
            return TemplateWindows.of(mined, new Baseline(Baseline.Kind.CHOSEN, baseline));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--baseline: " + e.getMessage() + " (" + mined.start() + " to "
                    + mined.end() + "): choose a time before or after it");
        }
    }

    private Set<Severity> severitySet() {
        return severities.isEmpty() ? Set.of() : EnumSet.copyOf(severities);
    }

    /** The windows head the listing; beside CSV, which has no room for them, they go to stderr. */
    private void print(Incident chosen, TemplateReport report) {
        TemplateWindows windows = report.windows();
        Details details = new Details(diff ? "changes" : "templates",
                diff ? TemplateTables.changes(report) : TemplateTables.templates(report));
        if (chosen != null) {
            details.with("incident", chosen.id()).with("title", chosen.title());
        }
        details.with("window_start", windows.incident().start())
                .with("window_end", windows.incident().end())
                .with("baseline", windows.baseline().kind().description())
                .with("baseline_start", windows.baseline().range().start())
                .with("baseline_end", windows.baseline().range().end())
                .with("window_lines", report.incidentLines())
                .with("baseline_lines", report.baselineLines());
        details.print(output, out());
        if (output.format() == OutputFormat.CSV) {
            TimeFormat times = output.timeFormat();
            PrintWriter err = spec.commandLine().getErr();
            err.println("workbench: window " + times.format(windows.incident().start()) + " to " + times.format(windows.incident().end())
                    + ", compared with " + windows.baseline().kind().description() + " (" + times.format(windows.baseline().range().start())
                    + " to " + times.format(windows.baseline().range().end()) + ")");
            err.flush();
        }
    }

    private void requireNoSource() {
        if (source != null) {
            throw new ParameterException(spec.commandLine(), "give either SOURCE or --log-file, not both");
        }
        for (String name : SOURCE_OPTIONS) {
            OptionSpec given = spec.commandLine().getParseResult().matchedOption(name);
            if (given != null) {
                throw new ParameterException(spec.commandLine(), String.join("/", given.names())
                        + " reads a SOURCE; it does not apply to --log-file");
            }
        }
    }

    /** The per-line CSV goes to --out; otherwise the templates go to stdout. What happened goes to stderr. */
    private void mineLogFile() throws IOException {
        LogFileMining mining = LogFileMining.mine(logFile.file, logFile.format, MinerSettings.defaults(), logFile.out != null);
        PrintWriter err = spec.commandLine().getErr();
        if (mining.unfit() > 0) {
            err.println(String.format(Locale.ROOT, "workbench: %,d of %,d lines did not fit the format; each was mined whole",
                    mining.unfit(), mining.lines()));
        }
        List<MinedTemplate> templates = mining.templates();
        if (logFile.out == null) {
            Table table = Table.withColumns("count", "template");
            templates.forEach(t -> table.row(t.count(), t.template()));
            print(table);
        } else {
            try (Writer csv = Files.newBufferedWriter(logFile.out, StandardCharsets.UTF_8)) {
                mining.writeLineTemplates(csv);
            }
            err.println(String.format(Locale.ROOT, "workbench: %,d lines, %,d templates; wrote %s",
                    mining.lines(), templates.size(), logFile.out));
        }
        err.flush();
    }
}
