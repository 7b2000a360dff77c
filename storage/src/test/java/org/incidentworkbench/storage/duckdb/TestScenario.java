package org.incidentworkbench.storage.duckdb;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.CommitFile;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.EvidenceArtifact;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentDecision;
import org.incidentworkbench.analysis.incidents.IncidentReport;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.analysis.metrics.MetricPoint;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.analysis.topology.Service;
import org.incidentworkbench.analysis.topology.ServiceKind;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;

/**
 * A small seeded incident written through {@link SnapshotWriter}, with every row also kept here so
 * tests can compute the expected answer of each read independently, in Java. It is built to
 * exercise the edges: timestamps with microseconds, records at exactly the window's start and end,
 * many log records sharing a timestamp (paging ties), log ids not in time order, bodies full of
 * SQL metacharacters and non-ASCII text, label keys with dots and slashes, traces without a root,
 * embeddings of two models and of two dimensions, a body with runs of tabs, newlines and spaces in
 * and around it. Rows are handed to the writer shuffled.
 */
public final class TestScenario {

    static final Instant T0 = Instant.parse("2026-03-02T10:00:00.000123Z");
    public static final TimeRange WINDOW = TimeRange.of(T0, Duration.ofHours(2));
    public static final List<String> SERVICES = List.of("cart", "checkout", "edge-gateway", "payments", "postgres");
    public static final String MODEL = "minilm-l6";
    public static final String OTHER_MODEL = "bge-small";
    static final int DIMENSIONS = 8;

    /** Bodies with placeholders {n}; several hold quotes, %, _, backslashes, --, ; non-ASCII text and odd whitespace. */
    private static final List<String> BODIES = List.of(
            "GET /api/cart/{n} 200 in {n}ms",
            "payment for order {n} declined: insufficient funds",
            "db pool exhausted (max={n}) waiting 5000ms",
            "user 'o''brien' checked out; total=100% -- discount {n}",
            "path C:\\temp\\new_file_{n}.txt not found",
            "Ünïcödé grüße from café ☕ order {n}",
            "ERROR 42P01: relation \"orders_%\" does not exist",
            "timeout after 30s calling payments-provider (attempt {n})",
            "NullPointerException at Checkout.java:{n}",
            "cache miss for key user:{n}; falling back to db",
            "retrying in {n}ms: connection reset by peer",
            "health check ok",
            "  worker {n}\tstalled:\n  queue  full \u2003");

    public final List<Service> services = new ArrayList<>();
    public final List<TopologyEdge> edges = new ArrayList<>();
    public final List<MetricDescriptor> descriptors = new ArrayList<>();
    public final List<MetricPoint> points = new ArrayList<>();
    public final List<LogRecord> logs = new ArrayList<>();
    public final List<Span> spans = new ArrayList<>();
    public final List<DeploymentEvent> deployments = new ArrayList<>();
    public final List<ConfigChangeEvent> configChanges = new ArrayList<>();
    public final List<Commit> commits = new ArrayList<>();
    public final List<CommitFile> commitFiles = new ArrayList<>();
    public final List<DeploymentCommitRange> commitRanges = new ArrayList<>();
    public final List<Incident> incidents = new ArrayList<>();
    public final List<IncidentDecision> decisions = new ArrayList<>();
    public final List<Hypothesis> hypotheses = new ArrayList<>();
    public final List<EvidenceArtifact> evidence = new ArrayList<>();
    public final List<IncidentReport> reports = new ArrayList<>();
    public final List<FeedbackEvent> feedback = new ArrayList<>();
    public final List<KbDocument> documents = new ArrayList<>();
    public final List<KbEmbedding> embeddings = new ArrayList<>();

    private final Random random;

    private TestScenario(long seed) {
        this.random = new Random(seed);
    }

    public static TestScenario generate(long seed) {
        TestScenario s = new TestScenario(seed);
        s.topology();
        s.metrics();
        s.traces();
        s.logs();
        TestScenarioRecords.changes(s);
        TestScenarioRecords.incidents(s);
        TestScenarioRecords.knowledge(s);
        return s;
    }

    Random random() {
        return random;
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    Instant at(long micros) {
        return T0.plusNanos(micros * 1_000);
    }

    Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private void topology() {
        ServiceKind[] kinds = {ServiceKind.API, ServiceKind.API, ServiceKind.EDGE, ServiceKind.API, ServiceKind.DATABASE};
        for (int i = 0; i < SERVICES.size(); i++) {
            services.add(new Service(uuid(), "prod-eu", "shop", SERVICES.get(i), kinds[i], i % 2 == 0 ? "core" : null,
                    T0.minus(Duration.ofDays(30 + i))));
        }
        edges.add(new TopologyEdge("edge-gateway", "checkout", "calls", TopologyEdge.DECLARED));
        edges.add(new TopologyEdge("checkout", "payments", "calls", TopologyEdge.DERIVED_FROM_TRACES));
        edges.add(new TopologyEdge("checkout", "cart", "calls", TopologyEdge.DECLARED));
        edges.add(new TopologyEdge("payments", "postgres", "reads_from", TopologyEdge.DECLARED));
        edges.add(new TopologyEdge("cart", "postgres", "writes_to", TopologyEdge.DECLARED));
    }

    /** Every 20 s (plus a few µs of jitter) per series; values on a 0.5 grid so percentiles meet ties. */
    private void metrics() {
        descriptors.add(new MetricDescriptor("cpu_usage", "gauge", "ratio", "CPU in use"));
        descriptors.add(new MetricDescriptor("latency_ms", "gauge", "ms", "Request latency"));
        descriptors.add(new MetricDescriptor("queue_depth", "gauge", null, null));
        long step = 20_000_000L;
        long steps = WINDOW.duration().toNanos() / 1_000 / step;
        for (String service : SERVICES) {
            for (long i = 0; i < steps; i++) {
                long t = i * step + random.nextInt(1_000);
                points.add(new MetricPoint(at(t), service, "cpu_usage", half(0.2 + random.nextDouble() * 0.6), Map.of()));
                for (String route : List.of("/pay", "/refund")) {
                    for (String status : List.of("200", "500")) {
                        double base = status.equals("500") ? 400 : 80;
                        points.add(new MetricPoint(at(t + 7), service, "latency_ms", half(base + random.nextGaussian() * 25),
                                Map.of("route", route, "status", status)));
                    }
                }
            }
        }
        for (long i = 0; i < steps; i++) {
            for (String pod : List.of("pod-a", "pod-b")) {
                points.add(new MetricPoint(at(i * step + 3), "payments", "queue_depth", random.nextInt(40),
                        Map.of("k8s.io/pod", pod, "tier~1", "hot")));
            }
        }
        // One point exactly at the window's end: a half-open range must leave it out.
        points.add(new MetricPoint(WINDOW.end(), "checkout", "cpu_usage", 9.75, Map.of()));
    }

    private static double half(double v) {
        return Math.round(v * 2) / 2.0;
    }

    private void traces() {
        HexFormat hex = HexFormat.of();
        String[] names = {"POST /checkout", "charge card", "SELECT orders", "GET /cart", "cache get"};
        String[] kinds = {"server", "client", "internal"};
        for (int t = 0; t < 150; t++) {
            String traceId = hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
            // Some roots start just before the window: their traces are outside it.
            long rootStart = -60_000_000L + (long) (random.nextDouble() * (WINDOW.duration().toSeconds() + 60) * 1_000_000L);
            long rootLength = 5_000 + random.nextInt(2_000_000);
            boolean rootSampled = t % 10 != 3;
            String rootId = hex.toHexDigits(random.nextLong());
            String rootService = SERVICES.get(random.nextInt(SERVICES.size()));
            if (rootSampled) {
                spans.add(new Span(traceId, rootId, null, rootService, names[0], "server", at(rootStart),
                        at(rootStart + rootLength), random.nextInt(10) == 0 ? "error" : "ok", Map.of("http.route", "/checkout")));
            }
            int children = 1 + random.nextInt(5);
            for (int c = 0; c < children; c++) {
                long start = rootStart + 1 + random.nextInt((int) rootLength);
                // Children may outlive the root (async work), so a trace can last longer than its root span.
                long end = start + 100 + random.nextInt((int) rootLength);
                spans.add(new Span(traceId, hex.toHexDigits(random.nextLong()), rootId,
                        SERVICES.get(random.nextInt(SERVICES.size())), names[1 + random.nextInt(names.length - 1)],
                        kinds[random.nextInt(kinds.length)], at(start), at(end),
                        random.nextInt(8) == 0 ? "error" : random.nextBoolean() ? "ok" : "unset", Map.of()));
            }
        }
    }

    /**
     * 4,000 records on a 250 ms grid (so many share a timestamp) with ids shuffled against time,
     * plus records at exactly the window's start and end.
     */
    private void logs() {
        int n = 4_000;
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < n + 2; i++) {
            ids.add(1_000 + i * 3);
        }
        Collections.shuffle(ids, random);
        Severity[] severities = Severity.values();
        int[] weights = {1, 4, 20, 6, 5, 1};
        long grid = 250_000L;
        long slots = WINDOW.duration().toNanos() / 1_000 / grid;
        List<String> traceIds = spans.stream().map(Span::traceId).distinct().toList();
        for (int i = 0; i < n + 2; i++) {
            long t = i == n ? 0 : i == n + 1 ? WINDOW.duration().toNanos() / 1_000 : (random.nextInt((int) slots)) * grid;
            String body = BODIES.get(random.nextInt(BODIES.size()));
            while (body.contains("{n}")) {
                body = body.replaceFirst("\\{n}", Integer.toString(random.nextInt(10_000)));
            }
            String traceId = random.nextInt(3) == 0 ? traceIds.get(random.nextInt(traceIds.size())) : null;
            logs.add(new LogRecord(ids.get(i), at(t), SERVICES.get(random.nextInt(SERVICES.size())),
                    pick(severities, weights), body, traceId, traceId == null ? null : HexFormat.of().toHexDigits(random.nextLong()),
                    random.nextBoolean() ? Map.of("host", "node-" + random.nextInt(4)) : Map.of()));
        }
    }

    private Severity pick(Severity[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        throw new AssertionError();
    }

    /** Writes the scenario to {@code file}, each table's rows in shuffled order; the writer mines the log templates. */
    public void write(Path file) {
        try (SnapshotWriter w = SnapshotWriter.create(file, "test scenario")) {
            shuffled(services).forEach(w::addService);
            shuffled(edges).forEach(w::addEdge);
            shuffled(descriptors).forEach(w::addMetricDescriptor);
            shuffled(points).forEach(w::addMetricPoint);
            shuffled(logs).forEach(w::addLogRecord);
            shuffled(spans).forEach(w::addSpan);
            shuffled(deployments).forEach(w::addDeployment);
            shuffled(configChanges).forEach(w::addConfigChange);
            shuffled(commits).forEach(w::addCommit);
            shuffled(commitFiles).forEach(w::addCommitFile);
            shuffled(commitRanges).forEach(w::addCommitRange);
            shuffled(incidents).forEach(w::addIncident);
            shuffled(decisions).forEach(w::addDecision);
            shuffled(hypotheses).forEach(w::addHypothesis);
            shuffled(evidence).forEach(w::addEvidence);
            shuffled(reports).forEach(w::addReport);
            shuffled(feedback).forEach(w::addFeedback);
            shuffled(documents).forEach(w::addKbDocument);
            shuffled(embeddings).forEach(w::addKbEmbedding);
            w.finish(WINDOW.end());
        }
    }

    private <T> List<T> shuffled(List<T> rows) {
        List<T> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, random);
        return copy;
    }
}
