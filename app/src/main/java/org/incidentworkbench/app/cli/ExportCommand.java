package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.export.ExportFailures;
import org.incidentworkbench.storage.export.ExportProgress;
import org.incidentworkbench.storage.export.ExportRequest;
import org.incidentworkbench.storage.export.ExportResult;
import org.incidentworkbench.storage.export.SnapshotExporter;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code workbench export SOURCE --incident ID --out FILE}: one incident, trimmed, into a new snapshot. */
@Command(name = "export", description = {
    "Export an incident into a new snapshot for offline review: its window plus a margin, a baseline",
    "window earlier, the services within N hops of its service and every related row. The file",
    "appears only when complete and carries a manifest that 'workbench verify' checks."})
public final class ExportCommand extends ReadingCommand {

    @Mixin
    private SourceArgument sourceArgument;

    @Mixin
    private IncidentOption incident;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The snapshot to write (replaced if it exists).")
    private Path out;

    @Option(names = "--margin", paramLabel = "DURATION", converter = DurationArgument.class,
            description = "Time kept on each side of the incident window (default: 30m).")
    private Duration margin = ExportRequest.DEFAULT_MARGIN;

    @Option(names = "--baseline-offset", paramLabel = "DURATION", converter = DurationArgument.class,
            description = "How much earlier the baseline window is (default: 1d).")
    private Duration baselineOffset = ExportRequest.DEFAULT_BASELINE_OFFSET;

    @Option(names = "--hops", paramLabel = "N", description = "Services kept: those within N topology edges of the incident's service (default: 2).")
    private int hops = ExportRequest.DEFAULT_HOPS;

    private final SourceProfiles profiles;

    public ExportCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        ExportResult result;
        try (IncidentSource source = sourceArgument.open(profiles)) {
            Incident chosen = incident.choose(source, spec);
            result = new SnapshotExporter(Clock.systemUTC()).export(source,
                    new ExportRequest(chosen.id(), margin, baselineOffset, hops), out, ExportProgress.NONE, Cancellation.none());
        } catch (SourceException e) {
            throw ExportFailures.plain(out, e);
        }
        Table rows = Table.withColumns("table", "rows");
        result.manifest().tables().forEach((table, t) -> rows.row(table, t.rows()));
        new Details("tables", rows)
                .with("file", result.file().toAbsolutePath())
                .with("incident", result.manifest().incidentId())
                .with("services", String.join(", ", result.manifest().services()))
                .with("bytes", result.bytes())
                .with("seconds", result.elapsed().toMillis() / 1000.0)
                .print(output, out());
        return ErrorReporter.OK;
    }
}
