package org.incidentworkbench.app;

import java.nio.file.Path;

/** The {@code workbench} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Workbench workbench = Workbench.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name"));
        System.exit(workbench.commandLine().execute(args));
    }
}
