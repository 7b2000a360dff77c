package org.incidentworkbench.app.desktop;

/** Runs the desktop app until its window is closed; the commands that open it take one (tests pass a fake). */
@FunctionalInterface
public interface Desktop {

    /** Returns the process exit code once the window is closed. */
    int run(StartWith start);
}
