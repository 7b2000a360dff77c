package org.incidentworkbench.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incidentworkbench.sample.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code workbench scenarios}: the sample incidents the generator can stage. */
@Command(name = "scenarios", description = "List the sample scenarios 'workbench sample' can generate.")
public final class ScenariosCommand implements Callable<Integer> {

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        print(output, spec.commandLine().getOut());
        return ErrorReporter.OK;
    }

    static void print(OutputOptions output, PrintWriter out) {
        Table table = Table.withColumns("scenario", "default", "description");
        for (Scenario s : Scenario.values()) {
            table.row(s.cliName(), s == Scenario.defaultScenario() ? "yes" : "", s.description());
        }
        output.tableWriter().write(table, out);
    }
}
