package org.incidentworkbench.ui.tasks;

import org.incidentworkbench.analysis.source.Cancellation;

/** Background work: runs off the FX thread, stops when {@code cancel} is cancelled, may report progress. */
@FunctionalInterface
public interface Work<T> {

    T run(Cancellation cancel, Progress progress) throws Exception;
}
