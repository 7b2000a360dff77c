package org.incidentworkbench.sample.logs;

import static org.incidentworkbench.analysis.logs.Severity.ERROR;
import static org.incidentworkbench.analysis.logs.Severity.INFO;
import static org.incidentworkbench.analysis.logs.Severity.WARN;
import static org.incidentworkbench.sample.logs.Trigger.inTrace;
import static org.incidentworkbench.sample.logs.Trigger.on;

import java.util.List;
import org.incidentworkbench.sample.world.Symptom;

/** What callers log when the services they call fail or hang: timeouts, 5xx, retries, circuit breakers. */
final class ResilienceLogFamilies {

    private static final String CLIENT = "com.shop.commons.http.UpstreamClient";
    private static final String BREAKER = "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine";

    private ResilienceLogFamilies() {
    }

    static List<LogFamily> all() {
        List<String> callers = ServiceGroups.CALLERS;
        return List.of(
                LogFamily.of(LogFamilies.UPSTREAM_TIMEOUT, ERROR, callers, CLIENT, on(Symptom.UPSTREAM_TIMEOUT, 0.03),
                        "Call to {subject} failed after {timeout} ms: java.net.SocketTimeoutException: Read timed out"),
                LogFamily.of(LogFamilies.UPSTREAM_5XX, ERROR, callers, CLIENT, on(Symptom.UPSTREAM_ERROR, 0.02),
                        "Upstream {subject} responded {status5} (request_id={hex:16}, took {latency} ms)"),
                LogFamily.of("resilience.retry", WARN, callers, "io.github.resilience4j.retry.Retry", on(Symptom.UPSTREAM_ERROR, 0.015),
                        "Retrying call to {subject} (attempt {int:2-3}/3) after {ex}"),
                LogFamily.of("resilience.retry.exhausted", ERROR, callers, "io.github.resilience4j.retry.Retry", on(Symptom.UPSTREAM_ERROR, 0.004),
                        "Giving up on {subject} after 3 attempts: io.github.resilience4j.retry.MaxRetriesExceededException: Retries exhausted"),
                LogFamily.of("resilience.breaker.open", WARN, callers, BREAKER, on(Symptom.CIRCUIT_TRANSITION, 0.3),
                        "CircuitBreaker '{subject}' changed state from CLOSED to OPEN (failure rate {int:51-97}% > threshold 50%)"),
                LogFamily.of("resilience.breaker.half.open", INFO, callers, BREAKER, on(Symptom.CIRCUIT_TRANSITION, 0.35),
                        "CircuitBreaker '{subject}' changed state from OPEN to HALF_OPEN"),
                LogFamily.of("resilience.breaker.reopen", WARN, callers, BREAKER, on(Symptom.CIRCUIT_TRANSITION, 0.25),
                        "CircuitBreaker '{subject}' changed state from HALF_OPEN to OPEN"),
                LogFamily.of("resilience.breaker.closed", INFO, callers, BREAKER, on(Symptom.CIRCUIT_TRANSITION, 0.1),
                        "CircuitBreaker '{subject}' changed state from HALF_OPEN to CLOSED"),
                LogFamily.of("resilience.breaker.rejected", ERROR, callers, BREAKER, on(Symptom.CIRCUIT_TRANSITION, 2),
                        "io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker '{subject}' is OPEN and does not permit further calls"),
                LogFamily.of(LogFamilies.CONNECTION_REFUSED, ERROR, callers, CLIENT, inTrace(),
                        "Call to {subject} failed: java.net.ConnectException: Connection refused ({subject}:8080)"));
    }
}
