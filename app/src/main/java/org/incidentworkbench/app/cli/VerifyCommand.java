package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.export.ManifestVerifier;
import org.incidentworkbench.storage.export.TableCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code workbench verify FILE}: recompute an exported snapshot's row counts and hashes against its manifest. */
@Command(name = "verify", description = {
    "Check an exported snapshot against its manifest: per table OK, GREW (feedback_events only:",
    "annotations were appended, which is allowed) or MISMATCH. Exits with 1 on any mismatch."})
public final class VerifyCommand extends ReadingCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "A snapshot written by 'workbench export'.")
    private Path file;

    @Override
    public Integer call() {
        List<TableCheck> checks = ManifestVerifier.verify(file, Cancellation.none());
        Table rows = Table.withColumns("table", "status", "rows_expected", "rows_actual");
        checks.forEach(c -> rows.row(c.table(), c.status().name(), c.expectedRows(), c.actualRows()));
        print(rows);
        List<String> mismatched = ManifestVerifier.mismatched(checks);
        if (!mismatched.isEmpty()) {
            throw new CommandFailure(ManifestVerifier.warning(file.toString(), mismatched));
        }
        return ErrorReporter.OK;
    }
}
