package org.incidentworkbench.analysis.source;

import java.util.concurrent.CancellationException;

/** A read stopped because its {@link Cancellation} was cancelled; not an error to show the user. */
public class ReadCancelledException extends CancellationException {

    public ReadCancelledException() {
        super("the read was cancelled");
    }
}
