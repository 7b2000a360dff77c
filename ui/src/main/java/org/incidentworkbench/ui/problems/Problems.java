package org.incidentworkbench.ui.problems;

import java.time.Clock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentworkbench.analysis.source.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link ProblemReporter}: keeps the latest problem for the shell to show (one banner,
 * one dialog service) and logs the stack trace once. Messages of {@link SourceException} and of
 * rejected input are already plain; anything else is an unexpected failure and is said so.
 */
public final class Problems implements ProblemReporter {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ReadOnlyObjectWrapper<Problem> current = new ReadOnlyObjectWrapper<>();
    private final Clock clock;

    public Problems(Clock clock) {
        this.clock = clock;
    }

    /** The problem to show, or null when there is none; changes on the FX thread. */
    public ReadOnlyObjectProperty<Problem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void report(String whatWasBeingDone, Throwable failure) {
        LOG.warn("{} failed", whatWasBeingDone, failure);
        current.set(new Problem(whatWasBeingDone, plainMessage(failure), clock.instant()));
    }

    /** The user has read the problem. */
    public void dismiss() {
        current.set(null);
    }

    /** What the user is told of {@code failure}. */
    public static String plainMessage(Throwable failure) {
        if (failure instanceof SourceException || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return "Unexpected error (" + failure.getClass().getSimpleName() + detail
                + "). The workspace is still usable; the details are in the log.";
    }
}
