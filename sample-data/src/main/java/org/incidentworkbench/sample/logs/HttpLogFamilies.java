package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.ERROR;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.on;
import static org.incidentworkbench.sample.logs.Trigger.onErrors;
import static org.incidentworkbench.sample.logs.Trigger.perRequest;
import static org.incidentworkbench.sample.logs.Trigger.steady;
import static org.incidentworkbench.sample.system.ServiceCatalogue.EDGE_GATEWAY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;

import java.util.List;
import org.incidentworkbench.sample.world.Symptom;

/** Access lines and request failures at the edge, the storefront and the APIs. */
final class HttpLogFamilies {

    private HttpLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> edge = List.of(EDGE_GATEWAY);
        List<String> frontend = List.of(WEB_FRONTEND);
        return List.of(
                LogFamily.of(LogFamilies.EDGE_ACCESS, INFO, edge, null, perRequest(0.0028),
                        "{ip} - - \"{method} {page} HTTP/2.0\" {status} {bytes} \"-\" \"{ua}\" rt={latency}ms"),
                LogFamily.of(LogFamilies.EDGE_UPSTREAM_ERROR, WARN, edge, null, onErrors(0.02),
                        "upstream error {status5} while proxying \"{method} {page}\" for client {ip} to web-frontend after {latency}ms"),
                LogFamily.of("edge.rate.limited", WARN, edge, null, on(Symptom.RATE_LIMITED, 0.05),
                        "rate limit exceeded for client {ip}: {int:120-900} requests in 10s on {page} (limit 100/10s), responding 429"),
                LogFamily.of("edge.tls.handshake", WARN, edge, null, steady(0.015),
                        "http: TLS handshake error from {ip}:{int:1024-65535}: remote error: tls: {choice:bad certificate|unknown certificate authority|protocol version}"),
                LogFamily.of(LogFamilies.FRONTEND_RENDER, INFO, frontend, "next-server", perRequest(0.0016),
                        "rendered {page} in {self}ms (status {status}, ssr=true)"),
                LogFamily.of(LogFamilies.FRONTEND_FETCH_FAILED, ERROR, frontend, "next-server", onErrors(0.02),
                        "failed to fetch data for {page}: upstream responded {status5} after {latency}ms"),
                LogFamily.of("frontend.client.error", WARN, frontend, "client-error-reporter", steady(0.02),
                        "client error reported: TypeError: Cannot read properties of undefined (reading '{choice:price|variants|length}') at app.{hex:8}.js:1:{int:1000-90000}"),
                LogFamily.of(LogFamilies.API_ACCESS, INFO, ServiceGroups.APIS, "reactor.netty.http.server.AccessLog", perRequest(0.002),
                        "{route} {status} {latency}ms user={user} request_id={hex:16}"),
                LogFamily.of(LogFamilies.API_REQUEST_FAILED, ERROR, ServiceGroups.APIS, "com.shop.commons.web.ErrorHandler", onErrors(0.01),
                        "Request failed: {route} -> {status5} after {latency} ms (request_id={hex:16})"),
                LogFamily.of(LogFamilies.API_REJECTED, WARN, ServiceGroups.CALLERS, "com.shop.commons.web.LoadShedder", on(Symptom.OVERLOAD, 0.02),
                        "Rejected request: executor saturated (active=200, queued={int:500-2000}), responding 503"));
    }
}
