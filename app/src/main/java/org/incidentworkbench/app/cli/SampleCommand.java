package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentworkbench.sample.GenerationResult;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code workbench sample --out FILE}: generates a deterministic sample incident snapshot. */
@Command(name = "sample", description = {
    "Generate a sample incident snapshot, and its ground truth beside it (FILE.truth.json).",
    "The same scenario and seed always give the same data."})
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

    @Option(names = "--list", description = "List the scenarios instead (same as 'workbench scenarios').")
    private boolean list;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (list) {
            ScenariosCommand.print(output, spec.commandLine().getOut());
            return ErrorReporter.OK;
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "missing --out FILE (or --list)");
        }
        SampleSpec sample = small ? SampleSpec.small(scenario, seed) : SampleSpec.full(scenario, seed);
        GenerationResult result = SampleGenerator.generate(sample, out);
        Table rows = Table.withColumns("table", "rows");
        result.rowCounts().forEach(rows::row);
        new Details("tables", rows)
                .with("snapshot", result.snapshot().toString())
                .with("ground_truth", result.groundTruth().toString())
                .with("scenario", scenario.cliName())
                .with("seed", seed)
                .with("seconds", result.elapsed().toMillis() / 1000.0)
                .print(output, spec.commandLine().getOut());
        return ErrorReporter.OK;
    }
}
