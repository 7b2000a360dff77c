package org.incidentworkbench.sample.traces;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.analysis.traces.Span;
import org.incidentworkbench.sample.logs.LineWriter;
import org.incidentworkbench.sample.logs.LogLine;
import org.incidentworkbench.sample.random.Draw;
import org.incidentworkbench.sample.random.Seeds;
import org.incidentworkbench.sample.system.PodRoster;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Samples requests of every shape at every step and walks them through the services. Tail
 * sampling keeps failing traces far more often than healthy ones, as a collector keeping all
 * errors would; whether a trace fails is decided before it is walked, from where failures start
 * at that moment.
 */
public final class TraceGenerator {

    /** Share of failing requests whose trace is kept. */
    static final double KEEP_FAILING = 1 / 100.0;
    /** Share of healthy requests whose trace is kept. */
    static final double KEEP_HEALTHY = 1 / 5000.0;

    private final WorldState world;
    private final PodRoster pods;
    private final Seeds seeds;
    private final FailureModel failures;
    private final List<Span> spans = new ArrayList<>();
    private final List<LogLine> lines = new ArrayList<>();
    private final Map<String, TopologyEdge> edges = new TreeMap<>();

    private TraceGenerator(WorldState world, PodRoster pods, Seeds seeds) {
        this.world = world;
        this.pods = pods;
        this.seeds = seeds;
        this.failures = new FailureModel(world);
    }

    public static TraceResult generate(WorldState world, PodRoster pods, Seeds seeds) {
        TraceGenerator g = new TraceGenerator(world, pods, seeds);
        for (TraceShape shape : TraceShapes.all()) {
            g.sample(shape);
        }
        return new TraceResult(g.spans, g.lines, List.copyOf(g.edges.values()));
    }

    private void sample(TraceShape shape) {
        SplittableRandom rng = seeds.stream("traces/" + shape.name());
        LineWriter writer = new LineWriter(world, rng);
        List<Hop> nodes = new ArrayList<>();
        flatten(shape.root(), nodes);
        Map<Hop, Integer> index = new IdentityHashMap<>();
        for (int j = 0; j < nodes.size(); j++) {
            index.put(nodes.get(j), j);
        }
        Timeline t = world.timeline();
        for (int i = 0; i < t.steps(); i++) {
            double candidates = shape.ratePerSecond().applyAsDouble(world, i) * t.stepSeconds() * KEEP_FAILING;
            for (int k = Draw.poisson(rng, candidates); k > 0; k--) {
                boolean[] fails = new boolean[nodes.size()];
                boolean failing = false;
                for (int j = 0; j < fails.length; j++) {
                    double p = failures.probability(nodes.get(j), i);
                    fails[j] = p > 0 && rng.nextDouble() < p;
                    failing |= fails[j];
                }
                if (failing || rng.nextDouble() < KEEP_HEALTHY / KEEP_FAILING) {
                    long start = t.micros(i) + rng.nextLong(t.stepMicros());
                    new TraceWalk(this, rng, writer, i, index, fails).run(shape.root(), start);
                }
            }
        }
    }

    private static void flatten(Hop hop, List<Hop> out) {
        out.add(hop);
        for (Hop child : hop.children()) {
            flatten(child, out);
        }
    }

    WorldState world() {
        return world;
    }

    PodRoster pods() {
        return pods;
    }

    FailureModel failures() {
        return failures;
    }

    void add(Span span) {
        spans.add(span);
    }

    void add(LogLine line) {
        lines.add(line);
    }

    /** Records that spans showed {@code source} depending on {@code target}. */
    void observed(String source, String target, String relation) {
        edges.putIfAbsent(source + ">" + target, new TopologyEdge(source, target, relation, TopologyEdge.DERIVED_FROM_TRACES));
    }
}
