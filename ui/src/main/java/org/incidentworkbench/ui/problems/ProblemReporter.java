package org.incidentworkbench.ui.problems;

/** Where every failure the user should hear about goes; implemented once for the whole app. */
@FunctionalInterface
public interface ProblemReporter {

    /** {@code whatWasBeingDone} names the task in plain words ("Loading logs"). */
    void report(String whatWasBeingDone, Throwable failure);
}
