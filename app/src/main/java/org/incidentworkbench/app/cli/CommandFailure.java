package org.incidentworkbench.app.cli;

/** A command cannot do its work for a reason its plain message explains (exit code 1, no stack trace needed). */
public final class CommandFailure extends RuntimeException {

    public CommandFailure(String plainMessage) {
        super(plainMessage);
    }
}
