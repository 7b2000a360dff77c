package org.incidentworkbench.ui.tasks;

/** Lets background work say how far it got; callable from any thread. */
@FunctionalInterface
public interface Progress {

    /** Progress that nobody shows. */
    Progress NONE = (fraction, message) -> { };

    /** {@code fraction} in [0, 1], or negative when unknown; {@code message} says what is being done. */
    void update(double fraction, String message);
}
