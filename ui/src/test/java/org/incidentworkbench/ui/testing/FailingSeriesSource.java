package org.incidentworkbench.ui.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * A source that answers like the one it wraps, except that reading a metric series fails while
 * it has not {@link #recovered}: a database gone away in the middle of an investigation. A proxy, so
 * it keeps up with the port without restating every read.
 */
public final class FailingSeriesSource {

    public static final String MESSAGE = "The source did not answer in time (metric_points).";

    private volatile boolean failing = true;

    /** From now on, series reads answer too. */
    public void recovered() {
        failing = false;
    }

    /** {@code real}, failing its series reads until {@link #recovered}. */
    public IncidentSource wrap(IncidentSource real) {
        return (IncidentSource) Proxy.newProxyInstance(IncidentSource.class.getClassLoader(),
                new Class<?>[] {IncidentSource.class}, (proxy, method, args) -> {
                    if (failing && method.getName().equals("series")) {
                        throw new SourceException(MESSAGE);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
