package org.incidentworkbench.analysis.logs;

import java.util.Objects;
import java.util.Set;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Which log records to read. Empty {@code services}/{@code severities} mean all; {@code text}
 * (null or blank: none) keeps records whose body contains it, ignoring case, matched literally;
 * {@code traceId} (null: none) keeps one trace's records; {@code template} (null: none) keeps records
 * whose whole body fits a mined template, each {@code <*>} standing for any text and the rest
 * matched literally, case and all.
 */
public record LogQuery(TimeRange range, Set<String> services, Set<Severity> severities, String text,
                       String traceId, String template, Order order) {

    public enum Order { OLDEST_FIRST, NEWEST_FIRST }

    public LogQuery {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(order, "order");
        services = Set.copyOf(services);
        severities = Set.copyOf(severities);
        text = text == null || text.isBlank() ? null : text;
        traceId = traceId == null || traceId.isBlank() ? null : traceId.trim();
        template = template == null || template.isEmpty() ? null : template;
    }

    /** Every record in the range, oldest first. */
    public static LogQuery all(TimeRange range) {
        return new LogQuery(range, Set.of(), Set.of(), null, null, null, Order.OLDEST_FIRST);
    }

    public LogQuery withServices(Set<String> s) {
        return new LogQuery(range, s, severities, text, traceId, template, order);
    }

    public LogQuery withSeverities(Set<Severity> s) {
        return new LogQuery(range, services, s, text, traceId, template, order);
    }

    public LogQuery withText(String t) {
        return new LogQuery(range, services, severities, t, traceId, template, order);
    }

    public LogQuery withTraceId(String t) {
        return new LogQuery(range, services, severities, text, t, template, order);
    }

    public LogQuery withOrder(Order o) {
        return new LogQuery(range, services, severities, text, traceId, template, o);
    }

    public LogQuery withTemplate(String t) {
        return new LogQuery(range, services, severities, text, traceId, t, order);
    }

    public LogQuery withRange(TimeRange r) {
        return new LogQuery(r, services, severities, text, traceId, template, order);
    }
}
