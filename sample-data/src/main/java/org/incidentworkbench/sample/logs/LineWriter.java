package org.incidentworkbench.sample.logs;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.system.Pod;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Renders lines of a family for a service at a moment, with the attributes a log shipper adds: the
 * pod, its node, the thread and the logger.
 */
public final class LineWriter {

    private final LineContext context;
    private final RandomGenerator rng;

    public LineWriter(WorldState world, RandomGenerator rng) {
        this.context = new LineContext(world, rng);
        this.rng = rng;
    }

    /** A line of {@code family}, about {@code subject} (may be empty), outside any trace. */
    LogLine write(LogFamily family, String service, String subject, int step, long tsMicros, Pod pod) {
        context.reset(service, subject, step, tsMicros, pod);
        return line(family, null, null);
    }

    /**
     * A line written while serving a sampled request: it carries the trace and span ids, and
     * reports the span's route, latency and status.
     */
    public LogLine writeInSpan(String familyId, String service, String subject, int step, long tsMicros, Pod pod, InSpan span) {
        context.reset(service, subject, step, tsMicros, pod);
        context.route = span.route();
        context.latencyMs = span.latencyMs();
        context.status = span.status();
        return line(LogFamilies.byId(familyId), span.traceId(), span.spanId());
    }

    private LogLine line(LogFamily family, String traceId, String spanId) {
        String body = family.pattern().render(context);
        Map<String, String> attributes = new HashMap<>();
        attributes.put("pod", context.pod.name());
        attributes.put("host", context.pod.node());
        String thread = thread(family, context.service);
        if (thread != null) {
            attributes.put("thread", thread);
        }
        if (family.logger() != null) {
            attributes.put("logger", family.logger());
        }
        return new LogLine(context.tsMicros, context.service, family.severity(), body, traceId, spanId, Map.copyOf(attributes));
    }

    /** The thread a JVM service logs from; none for processes that do not name threads, or lines the kubelet writes. */
    private String thread(LogFamily family, String service) {
        if (!ServiceGroups.JVMS.contains(service) || family.logger() == null || family.logger().equals("kubelet")) {
            return null;
        }
        if (family.logger().equals("gc")) {
            return "GC Thread#" + rng.nextInt(4);
        }
        return switch (service) {
            case "notifications" -> "org.springframework.kafka.KafkaListenerEndpointContainer#0-" + rng.nextInt(4) + "-C-1";
            case "reconciliation-batch" -> "reconciliation-worker-" + (1 + rng.nextInt(4));
            case "checkout", "payments", "inventory" -> "http-nio-8080-exec-" + (1 + rng.nextInt(200));
            default -> "reactor-http-epoll-" + (1 + rng.nextInt(4));
        };
    }
}
