package org.incidentworkbench.analysis.logs;

import java.util.Objects;
import java.util.Set;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Which log records to read. Empty {@code services}/{@code severities} mean all; {@code text}
 * (null or blank: none) keeps records whose body contains it, ignoring case, matched literally;
 * {@code traceId} (null: none) keeps one trace's records.
 */
public record LogQuery(TimeRange range, Set<String> services, Set<Severity> severities, String text,
                       String traceId, Order order) {

    public enum Order { OLDEST_FIRST, NEWEST_FIRST }

    public LogQuery {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(order, "order");
        services = Set.copyOf(services);
        severities = Set.copyOf(severities);
        text = text == null || text.isBlank() ? null : text;
        traceId = traceId == null || traceId.isBlank() ? null : traceId.trim();
    }

    /** Every record in the range, oldest first. */
    public static LogQuery all(TimeRange range) {
        return new LogQuery(range, Set.of(), Set.of(), null, null, Order.OLDEST_FIRST);
    }

    public LogQuery withServices(Set<String> s) {
        return new LogQuery(range, s, severities, text, traceId, order);
    }

    public LogQuery withSeverities(Set<Severity> s) {
        return new LogQuery(range, services, s, text, traceId, order);
    }

    public LogQuery withText(String t) {
        return new LogQuery(range, services, severities, t, traceId, order);
    }

    public LogQuery withTraceId(String t) {
        return new LogQuery(range, services, severities, text, t, order);
    }

    public LogQuery withOrder(Order o) {
        return new LogQuery(range, services, severities, text, traceId, o);
    }

    public LogQuery withRange(TimeRange r) {
        return new LogQuery(r, services, severities, text, traceId, order);
    }
}
