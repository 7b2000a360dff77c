package org.incidentworkbench.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads a source and prints what it found in the chosen output format. */
abstract class ReadingCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    /** Where the command's own output goes (stdout, or what a test gave picocli). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints {@code table} in the chosen format. */
    void print(Table table) {
        output.tableWriter().write(table, out());
    }
}
