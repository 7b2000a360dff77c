package org.incidentworkbench.app.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SampleIncident;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.duckdb.SnapshotFormatException;

/**
 * The sample incident's snapshot in {@code samplesFolder}: generated on first use and again
 * whenever the file there is not a current snapshot (an older schema, a damaged file), else reused.
 */
public final class SampleIncidentFile implements SampleIncident {

    private final Path samplesFolder;
    private final SampleSpec sample;

    public SampleIncidentFile(Path samplesFolder, SampleSpec sample) {
        this.samplesFolder = samplesFolder;
        this.sample = sample;
    }

    /** Where the sample is kept, e.g. {@code samples/checkout-db-pool-42.duckdb}. */
    public Path file() {
        return samplesFolder.resolve(sample.scenario().cliName() + "-" + sample.seed() + ".duckdb");
    }

    @Override
    public Path ensure(Consumer<String> status) {
        Path file = file();
        if (Files.exists(file)) {
            try (IncidentSource ignored = DuckDbSnapshots.open(file)) {
                return file;
            } catch (SnapshotFormatException e) {
                status.accept("the sample at " + file + " cannot be used (" + e.getMessage() + "); generating it again");
            }
        }
        try {
            Files.createDirectories(samplesFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + samplesFolder, e);
        }
        status.accept("generating the sample incident into " + file + " (once; takes a few seconds)...");
        GenerationResult result = SampleGenerator.generate(sample, file);
        status.accept(String.format(Locale.ROOT, "generated in %.1f s", result.elapsed().toMillis() / 1000.0));
        return result.snapshot();
    }
}
