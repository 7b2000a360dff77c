package org.incidentworkbench.ui.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * A source that answers like the one it wraps, except that some reads fail while it is down: a
 * database that stopped answering metric reads, or one gone away altogether. A proxy, so it keeps
 * up with the port without restating every read.
 */
public final class FailingReads {

    public static final String SLOW = "The source did not answer in time (metric_points).";
    public static final String LOST = "Cannot reach PostgreSQL at db.example.org:5432: the host is unreachable or nothing"
            + " answers on that port. Check the host, the port and the network.";

    private final Set<String> reads;
    private final String message;
    private volatile boolean down;

    private FailingReads(Set<String> reads, String message, boolean down) {
        this.reads = reads;
        this.message = message;
        this.down = down;
    }

    /** Series reads fail with {@link #SLOW} from the start, until {@link #recovered}. */
    public static FailingReads series() {
        return new FailingReads(Set.of("series"), SLOW, true);
    }

    /** Every read fails with {@link #LOST} from {@link #goDown} until {@link #recovered}. */
    public static FailingReads outage() {
        return new FailingReads(Set.of(), LOST, false);
    }

    public String message() {
        return message;
    }

    public void goDown() {
        down = true;
    }

    /** From now on, every read answers. */
    public void recovered() {
        down = false;
    }

    /** {@code real}, failing the chosen reads while down. */
    public IncidentSource wrap(IncidentSource real) {
        return (IncidentSource) Proxy.newProxyInstance(IncidentSource.class.getClassLoader(),
                new Class<?>[] {IncidentSource.class}, (proxy, method, args) -> {
                    if (down && fails(method.getName()) && method.getDeclaringClass() == IncidentSource.class) {
                        throw new SourceException(message);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private boolean fails(String read) {
        return reads.isEmpty() ? !read.equals("close") && !read.equals("info") : reads.contains(read);
    }
}
