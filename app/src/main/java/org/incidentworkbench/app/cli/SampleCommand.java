package org.incidentworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.postgres.LoadProgress;
import org.incidentworkbench.storage.postgres.LoadResult;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SchemaInit;
import org.incidentworkbench.storage.postgres.SnapshotLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code workbench sample --out FILE}: generates a deterministic sample incident snapshot;
 * {@code --to URL} loads it into a PostgreSQL database as well (from a temporary snapshot without {@code --out}).
 */
@Command(name = "sample", description = {
    "Generate a sample incident snapshot, and its ground truth beside it (FILE.truth.json),",
    "or load the sample into a PostgreSQL database with --to. The same scenario and seed always give the same data."})
public final class SampleCommand implements Callable<Integer> {

    @Option(names = "--scenario", converter = ScenarioArgument.class, paramLabel = "NAME",
            description = "Which incident to stage (default: checkout-db-pool); see --list.")
    private Scenario scenario = Scenario.defaultScenario();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed = SampleSpec.DEFAULT_SEED;

    @Option(names = "--small", description = "Three hours around the incident instead of 24 hours: quick, for tests.")
    private boolean small;

    @Option(names = "--out", paramLabel = "FILE", description = "The snapshot to write (replaced if it exists).")
    private Path out;

    @Option(names = "--to", paramLabel = "URL", converter = PostgresUrlArgument.class,
            description = {"Load the sample into this PostgreSQL database (postgresql://user@host:port/database),",
                "creating the incident schema first if it has none of it (as 'workbench db init')."})
    private PostgresTarget to;

    @Option(names = "--replace", description = "With --to: replace the incident data the database holds, in the load's transaction.")
    private boolean replace;

    @Option(names = "--list", description = "List the scenarios instead (same as 'workbench scenarios').")
    private boolean list;

    @Mixin
    private PasswordOption password;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (list) {
            ScenariosCommand.print(output, spec.commandLine().getOut());
            return ErrorReporter.OK;
        }
        if (out == null && to == null) {
            throw new ParameterException(spec.commandLine(), "missing --out FILE or --to URL (or --list)");
        }
        if (replace && to == null) {
            throw new ParameterException(spec.commandLine(), "--replace needs --to URL");
        }
        SampleSpec sample = small ? SampleSpec.small(scenario, seed) : SampleSpec.full(scenario, seed);
        if (to == null) {
            GenerationResult result = SampleGenerator.generate(sample, out);
            details(result.rowCounts(), result).print(output, spec.commandLine().getOut());
            return ErrorReporter.OK;
        }
        Path scratch = out == null ? Files.createTempDirectory("workbench-sample") : null;
        try {
            GenerationResult result = SampleGenerator.generate(sample,
                    out != null ? out : scratch.resolve(scenario.cliName() + ".duckdb"));
            PostgresTarget target = password.applyTo(to);
            Optional<SchemaInit.Report> init = SchemaInit.createIfAbsent(target);
            LoadResult load = SnapshotLoader.load(result.snapshot(), target, replace, progress(), Cancellation.none());
            details(load.rows(), result)
                    .with("database", target.display())
                    .with("schema", init.map(InitReportDetails::schema).orElse("incident schema already there"))
                    .with("rows", load.totalRows())
                    .with("load_seconds", load.elapsed().toMillis() / 1000.0)
                    .with("rows_per_second", Math.round(load.rowsPerSecond()))
                    .print(output, spec.commandLine().getOut());
            return ErrorReporter.OK;
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    /** What was generated, and where it was written unless that was a temporary file; {@code rows} per table. */
    private Details details(Map<String, Long> rows, GenerationResult result) {
        Table table = Table.withColumns("table", "rows");
        rows.forEach(table::row);
        Details details = new Details("tables", table);
        if (out != null) {
            details.with("snapshot", result.snapshot().toString()).with("ground_truth", result.groundTruth().toString());
        }
        return details.with("scenario", scenario.cliName())
                .with("seed", seed)
                .with("seconds", result.elapsed().toMillis() / 1000.0);
    }

    /** One line on stderr per table loaded, so stdout keeps only the report. */
    private LoadProgress progress() {
        PrintWriter err = spec.commandLine().getErr();
        return (table, rows, done) -> {
            if (done) {
                err.println(String.format(Locale.ROOT, "workbench: loaded %-24s %,12d rows", table, rows));
                err.flush();
            }
        };
    }

    /** The temporary snapshot's folder: the snapshot, its ground truth, nothing below. */
    private static void delete(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
