package org.incidentworkbench.sample.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every log message family of the sample, in a fixed order. */
public final class LogFamilies {

    // Families the trace generator writes inside spans.
    public static final String EDGE_ACCESS = "edge.access";
    public static final String EDGE_UPSTREAM_ERROR = "edge.upstream.error";
    public static final String FRONTEND_RENDER = "frontend.render";
    public static final String FRONTEND_FETCH_FAILED = "frontend.fetch.failed";
    public static final String API_ACCESS = "api.access";
    public static final String API_REQUEST_FAILED = "api.request.failed";
    public static final String API_REJECTED = "api.rejected";
    public static final String CHECKOUT_FAILED = "checkout.failed";
    public static final String UPSTREAM_TIMEOUT = "resilience.upstream.timeout";
    public static final String UPSTREAM_5XX = "resilience.upstream.5xx";
    public static final String CONNECTION_REFUSED = "resilience.connection.refused";
    public static final String PSP_5XX = "payments.psp.5xx";
    public static final String PSP_TIMEOUT = "payments.psp.timeout";
    public static final String POOL_TIMEOUT = "db.pool.timeout";

    private static final List<LogFamily> ALL = collect();
    private static final Map<String, LogFamily> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(LogFamily::id, Function.identity()));

    private LogFamilies() {
    }

    public static List<LogFamily> all() {
        return ALL;
    }

    public static LogFamily byId(String id) {
        LogFamily f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no log family " + id);
        }
        return f;
    }

    private static List<LogFamily> collect() {
        List<LogFamily> all = new ArrayList<>();
        all.addAll(HttpLogFamilies.all());
        all.addAll(ResilienceLogFamilies.all());
        all.addAll(DatabaseLogFamilies.all());
        all.addAll(JvmLogFamilies.all());
        all.addAll(ShopLogFamilies.all());
        all.addAll(PaymentLogFamilies.all());
        all.addAll(PlatformLogFamilies.all());
        return List.copyOf(all);
    }
}
