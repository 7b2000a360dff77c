package org.incidentworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.SnapshotFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code workbench demo}: the summary of the default sample incident, generated on first use into
 * the user's data folder and generated again whenever the file there is not a current snapshot.
 */
@Command(name = "demo", description = {
    "Summarise the bundled sample incident (scenario checkout-db-pool, seed 42).",
    "The sample is generated on first use; the same data every time."})
public final class DemoCommand implements Callable<Integer> {

    private final Path samplesFolder;
    private final SampleSpec sample;

    @Spec
    private CommandSpec spec;

    /** {@code samplesFolder}: where generated samples are kept between runs; {@code sample}: which one to show. */
    public DemoCommand(Path samplesFolder, SampleSpec sample) {
        this.samplesFolder = samplesFolder;
        this.sample = sample;
    }

    @Override
    public Integer call() throws IOException {
        Path file = samplesFolder.resolve(sample.scenario().cliName() + "-" + sample.seed() + ".duckdb");
        try (IncidentSource source = openOrGenerate(file)) {
            SummaryCommand.print(source, null, TimeFormat.UTC, spec);
        }
        return ErrorReporter.OK;
    }

    private IncidentSource openOrGenerate(Path file) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(file)) {
            try {
                return DuckDbSnapshots.open(file);
            } catch (SnapshotFormatException e) {
                err.println("workbench: the sample at " + file + " cannot be used (" + e.getMessage() + "); generating it again");
            }
        }
        Files.createDirectories(samplesFolder);
        err.println("workbench: generating the sample incident into " + file + " (once; takes a few seconds)...");
        err.flush();
        GenerationResult result = SampleGenerator.generate(sample, file);
        err.printf("workbench: generated in %.1f s%n%n", result.elapsed().toMillis() / 1000.0);
        err.flush();
        return DuckDbSnapshots.open(result.snapshot());
    }
}
