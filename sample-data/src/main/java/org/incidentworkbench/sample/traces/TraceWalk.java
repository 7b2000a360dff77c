package org.incidentworkbench.sample.traces;

import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.EDGE_GATEWAY;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.REDIS_CACHE;
import static org.incidentworkbench.sample.system.ServiceCatalogue.SHOP_POSTGRES;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.sample.logs.InSpan;
import org.incidentworkbench.sample.logs.LineWriter;
import org.incidentworkbench.sample.logs.LogFamilies;
import org.incidentworkbench.sample.random.Draw;
import org.incidentworkbench.sample.random.RandomIds;
import org.incidentworkbench.sample.system.Call;
import org.incidentworkbench.sample.system.Pod;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.world.WorldState;

/**
 * One sampled request walked through the shop: a server span per service it reaches, a client
 * span per call, database, cache, PSP and queue spans, and the connection borrow. Calls run one
 * after another; a failure fails the callers above it (most of the time: some fall back), a call
 * slower than its timeout fails the caller with a timeout, and a refused connection fails fast.
 */
final class TraceWalk {

    /** How a call ended for the caller. */
    private enum Failure { NONE, ERROR, TIMEOUT, REFUSED }

    /** How a call ended, and which service it was made to. */
    private record Outcome(long end, Failure failure, int status, String callee) {
        boolean failed() {
            return failure != Failure.NONE;
        }
    }

    /** Chance that a caller fails when what it called failed (the rest fall back or retry successfully). */
    private static final double PROPAGATES = 0.95;
    /** Chance that a served request also leaves an access line in the logs. */
    private static final double ACCESS_LINE = 0.35;

    private final TraceGenerator generator;
    private final WorldState world;
    private final SplittableRandom rng;
    private final LineWriter writer;
    private final int step;
    private final Map<Hop, Integer> index;
    private final boolean[] fails;
    private final String traceId;

    TraceWalk(TraceGenerator generator, SplittableRandom rng, LineWriter writer, int step, Map<Hop, Integer> index,
              boolean[] fails) {
        this.generator = generator;
        this.world = generator.world();
        this.rng = rng;
        this.writer = writer;
        this.step = step;
        this.index = index;
        this.fails = fails;
        this.traceId = RandomIds.traceId(rng);
    }

    void run(Hop root, long startMicros) {
        serve(root, null, startMicros);
    }

    private boolean failsHere(Hop hop) {
        return fails[index.get(hop)];
    }

    /** {@code hop.service()} serves a request that arrives at {@code start}; no span when its pod refuses the connection. */
    private Outcome serve(Hop hop, String parentSpanId, long start) {
        String service = hop.service();
        boolean ownFailure = failsHere(hop);
        FailureModel.Mode mode = generator.failures().mode(service, step);
        if (ownFailure && mode == FailureModel.Mode.UNAVAILABLE) {
            return new Outcome(start, Failure.REFUSED, 503, service);
        }
        String spanId = RandomIds.spanId(rng);
        Pod pod = generator.pods().pick(service, step, rng);
        double self = Draw.logNormal(rng, world.selfP50(service, step), world.selfP99(service, step));
        long t = start + millis(0.4 * self);
        Outcome failedChild = null;
        if (ownFailure && mode == FailureModel.Mode.OVERLOAD) {
            t = start + millis(1 + 4 * rng.nextDouble());
        } else {
            for (Hop child : hop.children()) {
                if (child.probability() < 1 && rng.nextDouble() >= child.probability()) {
                    continue;
                }
                Outcome r = child(child, service, spanId, t, pod);
                t = r.end() + millis(0.05 + 0.35 * rng.nextDouble());
                if (r.failed()) {
                    failedChild = r;
                    break;
                }
            }
            if (ownFailure && mode == FailureModel.Mode.STALLED) {
                t += millis(Draw.jitter(rng, world.gcPauseMs(service, step), 0.3) * 3);
            }
        }
        long end = t + millis(0.6 * self);
        int status = 200;
        if (ownFailure) {
            status = mode == FailureModel.Mode.ERROR ? 500 : 503;
        } else if (failedChild != null && rng.nextDouble() < PROPAGATES) {
            status = status(failedChild);
        }
        Map<String, String> attributes = http(hop.name(), status);
        attributes.put("http.route", route(hop.name()));
        attributes.put("k8s.pod.name", pod.name());
        generator.add(span(spanId, parentSpanId, service, hop.name(), "server", start, end, status >= 500, attributes));
        logServed(hop.name(), service, spanId, pod, start, end, status, ownFailure ? mode : null, failedChild);
        return new Outcome(end, status >= 500 ? Failure.ERROR : Failure.NONE, status, service);
    }

    /** What a service answers when something it waited for failed: its own database trouble is a 500, an upstream's a 502 or 504. */
    private static int status(Outcome failedChild) {
        if (failedChild.failure() == Failure.TIMEOUT) {
            return 504;
        }
        boolean dataStore = failedChild.callee().equals(SHOP_POSTGRES) || failedChild.callee().equals(REDIS_CACHE);
        return dataStore ? 500 : 502;
    }

    private Outcome child(Hop hop, String service, String parentSpanId, long start, Pod pod) {
        return switch (hop.kind()) {
            case SERVER -> call(hop, service, parentSpanId, start, pod);
            case DB, CACHE -> data(hop, service, parentSpanId, start);
            case EXTERNAL -> external(hop, service, parentSpanId, start, pod);
            case PRODUCE -> produce(hop, service, parentSpanId, start);
            case POOL -> pool(hop, service, parentSpanId, start, pod);
            case CONSUME -> throw new IllegalStateException("a consumer runs only after a producer");
        };
    }

    /** A client span in {@code service} calling {@code hop.service()}, and what it got back. */
    private Outcome call(Hop hop, String service, String parentSpanId, long start, Pod pod) {
        Call call = world.catalogue().call(service, hop.service());
        String spanId = RandomIds.spanId(rng);
        Outcome served = serve(hop, spanId, start + millis(0.3 + rng.nextDouble()));
        long end = served.end() + millis(0.3 + rng.nextDouble());
        Failure failure = served.failure();
        int status = served.status();
        if (failure == Failure.REFUSED) {
            end = start + millis(1 + 2 * rng.nextDouble());
        } else if (end - start > millis(call.timeoutMs())) {
            end = start + millis(call.timeoutMs());
            failure = Failure.TIMEOUT;
            status = 0;
        }
        Map<String, String> attributes = http(hop.name(), status);
        attributes.put("http.url", "http://" + hop.service() + "." + world.catalogue().service(hop.service()).namespace()
                + ".svc.cluster.local:8080" + route(hop.name()).replace("{", "").replace("}", ""));
        attributes.put("peer.service", hop.service());
        if (failure == Failure.TIMEOUT) {
            attributes.put("exception.type", "java.net.SocketTimeoutException");
        } else if (failure == Failure.REFUSED) {
            attributes.put("exception.type", "java.net.ConnectException");
        }
        generator.add(span(spanId, parentSpanId, service, hop.name(), "client", start, end, failure != Failure.NONE, attributes));
        generator.observed(service, hop.service(), call.relation());
        logCallFailure(hop.name(), service, hop.service(), spanId, pod, start, end, failure, status);
        return new Outcome(end, failure, status, hop.service());
    }

    private Outcome data(Hop hop, String service, String parentSpanId, long start) {
        boolean failed = failsHere(hop);
        double ms = failed ? 2000 : Draw.logNormal(rng, world.selfP50(hop.service(), step), world.selfP99(hop.service(), step));
        long end = start + millis(ms);
        boolean postgres = hop.service().equals(SHOP_POSTGRES);
        Map<String, String> attributes = new HashMap<>();
        String operation = hop.name().split(" ")[0];
        attributes.put("db.system", postgres ? "postgresql" : "redis");
        attributes.put("db.operation", operation);
        attributes.put("db.statement", postgres ? hop.detail() : operation + " " + hop.detail());
        attributes.put("peer.service", hop.service());
        if (postgres) {
            attributes.put("db.name", "shop");
            attributes.put("db.sql.table", hop.name().substring(operation.length() + 1));
        }
        if (failed) {
            attributes.put("exception.type", postgres ? "org.postgresql.util.PSQLException" : "io.lettuce.core.RedisCommandTimeoutException");
        }
        generator.add(span(RandomIds.spanId(rng), parentSpanId, service, hop.name(), "client", start, end, failed, attributes));
        boolean reads = operation.equals("SELECT") || operation.equals("GET") || operation.equals("MGET");
        generator.observed(service, hop.service(), reads ? "reads_from" : "writes_to");
        return new Outcome(end, failed ? Failure.ERROR : Failure.NONE, failed ? 500 : 200, hop.service());
    }

    /** A call to the external PSP: it fails fast with a 5xx or hangs until the client gives up. */
    private Outcome external(Hop hop, String service, String parentSpanId, long start, Pod pod) {
        Call call = world.catalogue().call(service, hop.service());
        double ms = Draw.logNormal(rng, world.selfP50(hop.service(), step), world.selfP99(hop.service(), step));
        Failure failure = Failure.NONE;
        int status = 200;
        if (failsHere(hop)) {
            boolean hangs = rng.nextDouble() < 0.3;
            failure = hangs ? Failure.TIMEOUT : Failure.ERROR;
            status = hangs ? 0 : Integer.parseInt(Draw.oneOf(rng, "500", "502", "503", "503"));
            ms = hangs ? call.timeoutMs() : Draw.logNormal(rng, 120, 900);
        } else if (ms > call.timeoutMs()) {
            failure = Failure.TIMEOUT;
            status = 0;
            ms = call.timeoutMs();
        }
        long end = start + millis(ms);
        String spanId = RandomIds.spanId(rng);
        Map<String, String> attributes = http(hop.name(), status);
        attributes.put("http.url", hop.detail());
        attributes.put("peer.service", hop.service());
        if (failure == Failure.TIMEOUT) {
            attributes.put("exception.type", "java.net.SocketTimeoutException");
        }
        generator.add(span(spanId, parentSpanId, service, hop.name(), "client", start, end, failure != Failure.NONE, attributes));
        generator.observed(service, hop.service(), call.relation());
        if (failure != Failure.NONE && service.equals(PAYMENTS)) {
            String family = failure == Failure.TIMEOUT ? LogFamilies.PSP_TIMEOUT : LogFamilies.PSP_5XX;
            generator.add(writer.writeInSpan(family, service, hop.service(), step, end, pod,
                    new InSpan(traceId, spanId, hop.name(), ms, status)));
        }
        return new Outcome(end, failure, status, hop.service());
    }

    /** Publishing to the queue; the consumer picks the message up later, in the same trace. */
    private Outcome produce(Hop hop, String service, String parentSpanId, long start) {
        String spanId = RandomIds.spanId(rng);
        long end = start + millis(1 + 3 * rng.nextDouble());
        Map<String, String> attributes = messaging(hop.detail(), "publish");
        attributes.put("peer.service", hop.service());
        generator.add(span(spanId, parentSpanId, service, hop.name(), "producer", start, end, false, attributes));
        generator.observed(service, hop.service(), "publishes_to");
        for (Hop consumer : hop.children()) {
            long picked = end + millis(1000 * Draw.jitter(rng, world.consumerLagSeconds(0, step), 0.3));
            double work = Draw.logNormal(rng, world.selfP50(consumer.service(), step), world.selfP99(consumer.service(), step));
            Map<String, String> consumed = messaging(hop.detail(), "process");
            consumed.put("messaging.consumer.group.name", consumer.service());
            generator.add(span(RandomIds.spanId(rng), spanId, consumer.service(), consumer.name(), "consumer", picked,
                    picked + millis(work), false, consumed));
            generator.observed(consumer.service(), hop.service(), "consumes_from");
        }
        return new Outcome(end, Failure.NONE, 200, hop.service());
    }

    /** Borrowing a connection (an internal span), then the work done with it as siblings under the server span. */
    private Outcome pool(Hop hop, String service, String parentSpanId, long start, Pod pod) {
        PoolSpec pool = world.catalogue().pools().get(world.catalogue().poolIndex(hop.pool()));
        boolean failed = failsHere(hop);
        double waitMs = failed ? pool.connectionTimeoutMs()
                : Math.min(pool.connectionTimeoutMs(), -world.poolWaitMs(hop.pool(), step) * Math.log(1 - rng.nextDouble()));
        long acquired = start + millis(waitMs);
        Map<String, String> attributes = new HashMap<>();
        attributes.put("db.client.connection.pool.name", hop.pool());
        if (failed) {
            attributes.put("exception.type", "java.sql.SQLTransientConnectionException");
        }
        String spanId = RandomIds.spanId(rng);
        generator.add(span(spanId, parentSpanId, service, hop.name(), "internal", start, acquired, failed, attributes));
        if (failed) {
            generator.add(writer.writeInSpan(LogFamilies.POOL_TIMEOUT, service, hop.pool(), step, acquired, pod,
                    new InSpan(traceId, spanId, null, waitMs, 500)));
            return new Outcome(acquired, Failure.ERROR, 500, SHOP_POSTGRES);
        }
        long t = acquired;
        for (Hop work : hop.children()) {
            Outcome r = child(work, service, parentSpanId, t, pod);
            t = r.end() + millis(0.05 + 0.2 * rng.nextDouble());
            if (r.failed()) {
                return r;
            }
        }
        return new Outcome(t, Failure.NONE, 200, SHOP_POSTGRES);
    }

    private void logServed(String route, String service, String spanId, Pod pod, long start, long end, int status,
                           FailureModel.Mode ownFailure, Outcome failedChild) {
        InSpan span = new InSpan(traceId, spanId, route, (end - start) / 1000.0, status);
        String access = service.equals(EDGE_GATEWAY) ? LogFamilies.EDGE_ACCESS
                : service.equals(WEB_FRONTEND) ? LogFamilies.FRONTEND_RENDER : LogFamilies.API_ACCESS;
        if (rng.nextDouble() < ACCESS_LINE) {
            generator.add(writer.writeInSpan(access, service, "", step, end, pod, span));
        }
        if (status < 500) {
            return;
        }
        String family;
        if (service.equals(EDGE_GATEWAY)) {
            family = LogFamilies.EDGE_UPSTREAM_ERROR;
        } else if (service.equals(WEB_FRONTEND)) {
            family = LogFamilies.FRONTEND_FETCH_FAILED;
        } else if (ownFailure == FailureModel.Mode.OVERLOAD) {
            family = LogFamilies.API_REJECTED;
        } else if (service.equals(CHECKOUT) && failedChild != null) {
            InSpan failedCall = new InSpan(traceId, spanId, route, span.latencyMs(), failedChild.status());
            generator.add(writer.writeInSpan(LogFamilies.CHECKOUT_FAILED, service, failedChild.callee(), step, end, pod, failedCall));
            return;
        } else {
            family = LogFamilies.API_REQUEST_FAILED;
        }
        generator.add(writer.writeInSpan(family, service, "", step, end, pod, span));
    }

    private void logCallFailure(String route, String caller, String callee, String spanId, Pod pod, long start, long end,
                                Failure failure, int status) {
        if (failure == Failure.NONE || caller.equals(EDGE_GATEWAY)) {
            return;
        }
        String family = switch (failure) {
            case TIMEOUT -> LogFamilies.UPSTREAM_TIMEOUT;
            case REFUSED -> LogFamilies.CONNECTION_REFUSED;
            default -> LogFamilies.UPSTREAM_5XX;
        };
        generator.add(writer.writeInSpan(family, caller, callee, step, end, pod,
                new InSpan(traceId, spanId, route, (end - start) / 1000.0, status)));
    }

    private Span span(String spanId, String parentSpanId, String service, String name, String kind, long start, long end,
                      boolean error, Map<String, String> attributes) {
        return new Span(traceId, spanId, parentSpanId, service, name, kind, Micros.toInstant(start),
                Micros.toInstant(Math.max(end, start + 1)), error ? "error" : "ok", attributes);
    }

    private static Map<String, String> http(String name, int status) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("http.method", name.substring(0, name.indexOf(' ')));
        if (status > 0) {
            attributes.put("http.status_code", Integer.toString(status));
        }
        return attributes;
    }

    private static Map<String, String> messaging(String topic, String operation) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("messaging.system", "kafka");
        attributes.put("messaging.destination.name", topic);
        attributes.put("messaging.operation", operation);
        return attributes;
    }

    private static String route(String name) {
        return name.substring(name.indexOf(' ') + 1);
    }

    private static long millis(double ms) {
        return Math.round(ms * 1000);
    }
}
