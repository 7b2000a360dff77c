package org.incidentworkbench.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentworkbench.app.desktop.Desktop;
import org.incidentworkbench.app.desktop.StartWith;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code workbench open [FILE]}: the desktop app, on a snapshot's incidents or on the start page. */
@Command(name = "open", description = {
    "Open the desktop app: on the incidents of FILE when given, else on the start page",
    "(the same as running 'workbench' without a command)."})
public final class OpenCommand implements Callable<Integer> {

    private final Desktop desktop;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A snapshot file (.duckdb) to open.")
    private Path file;

    public OpenCommand(Desktop desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.run(file == null ? new StartWith.StartPage() : new StartWith.Snapshot(file.toAbsolutePath()));
    }
}
