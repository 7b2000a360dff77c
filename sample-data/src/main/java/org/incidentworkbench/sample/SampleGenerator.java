package org.incidentworkbench.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.incidentworkbench.sample.changes.ChangeHistory;
import org.incidentworkbench.sample.incidents.IncidentRecords;
import org.incidentworkbench.sample.knowledge.KnowledgeBase;
import org.incidentworkbench.sample.logs.LogBook;
import org.incidentworkbench.sample.logs.LogGenerator;
import org.incidentworkbench.sample.logs.LogLine;
import org.incidentworkbench.sample.metrics.MetricWriter;
import org.incidentworkbench.sample.random.Seeds;
import org.incidentworkbench.sample.scenario.Cause;
import org.incidentworkbench.sample.scenario.Story;
import org.incidentworkbench.sample.system.PodRoster;
import org.incidentworkbench.sample.system.ServiceDirectory;
import org.incidentworkbench.sample.timeline.IncidentDay;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.traces.TraceGenerator;
import org.incidentworkbench.sample.traces.TraceResult;
import org.incidentworkbench.sample.truth.GroundTruth;
import org.incidentworkbench.sample.truth.GroundTruthFile;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;

/**
 * Generates a sample: tells the scenario's story over the window, writes every table of the
 * snapshot from it, and writes the ground truth beside the snapshot. The same spec always gives
 * the same data, whenever and wherever it runs.
 */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    /**
     * Writes the sample described by {@code spec} to {@code snapshot} (replacing any file there once
     * complete) and its ground truth to {@code <snapshot>.truth.json} beside it.
     */
    public static GenerationResult generate(SampleSpec spec, Path snapshot) {
        long started = System.nanoTime();
        Seeds seeds = new Seeds(spec.seed());
        Timeline timeline = Timeline.ending(IncidentDay.WINDOW_END, spec.span(), spec.resolution());
        Story story = Story.tell(spec.scenario(), timeline, seeds);
        ServiceDirectory directory = new ServiceDirectory(story.catalogue(), timeline.start(), seeds.stream("services"));
        Map<String, UUID> serviceIds = directory.ids();
        ChangeHistory changes = ChangeHistory.build(story.catalogue(), serviceIds, story.deployments(),
                story.configChanges(), timeline, seeds.stream("changes/" + spec.scenario().cliName()));
        IncidentRecords incidents = IncidentRecords.build(story.script().incident(), story.minorIncidents(),
                story.script().oncallNote(), story.world(), changes, serviceIds, seeds.stream("incidents/" + spec.scenario().cliName()));
        PodRoster pods = PodRoster.of(story.world(), seeds.stream("pods"));

        // Logs and traces are drawn on a second core while the first writes the metrics; each has
        // its own random streams, so the result does not depend on how the two interleave.
        FutureTask<Signals> signals = new FutureTask<>(() -> new Signals(
                new LogGenerator(story.world(), pods, seeds).generate(), TraceGenerator.generate(story.world(), pods, seeds)));
        Thread worker = new Thread(signals, "sample-logs-and-traces");
        worker.setDaemon(true);
        worker.start();
        // The origin names the seed but not the scenario: the scenario's name would give its cause away.
        try (SnapshotWriter out = SnapshotWriter.create(snapshot, "sample:seed=" + spec.seed())) {
            directory.services().forEach(out::addService);
            directory.declaredEdges().forEach(out::addEdge);
            MetricWriter.write(story.world(), seeds, out);
            Signals drawn = await(signals);
            LogBook logs = new LogBook();
            logs.addAll(drawn.logs());
            TraceResult traces = drawn.traces();
            traces.spans().forEach(out::addSpan);
            traces.derivedEdges().forEach(out::addEdge);
            logs.addAll(traces.lines());
            logs.writeTo(out);
            writeChanges(changes, out);
            KnowledgeBase.documents(seeds.stream("knowledge")).forEach(out::addKbDocument);
            writeIncidents(incidents, out);
            out.finish(timeline.end());
        }
        Path truthFile = GroundTruthFile.beside(snapshot);
        GroundTruthFile.write(truthFile, truth(spec, story, changes, incidents));
        return new GenerationResult(snapshot, truthFile, SnapshotRowCounts.of(snapshot),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The log lines and traces, drawn together off the writing thread. */
    private record Signals(List<LogLine> logs, TraceResult traces) {
    }

    private static Signals await(FutureTask<Signals> signals) {
        try {
            return signals.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating logs and traces", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot generate logs and traces", e.getCause());
        }
    }

    private static void writeChanges(ChangeHistory changes, SnapshotWriter out) {
        changes.deployments().forEach(out::addDeployment);
        changes.ranges().forEach(out::addCommitRange);
        changes.commits().forEach(out::addCommit);
        changes.commitFiles().forEach(out::addCommitFile);
        changes.configChanges().forEach(out::addConfigChange);
    }

    private static void writeIncidents(IncidentRecords incidents, SnapshotWriter out) {
        incidents.incidents().forEach(out::addIncident);
        incidents.decisions().forEach(out::addDecision);
        incidents.evidence().forEach(out::addEvidence);
        incidents.hypotheses().forEach(out::addHypothesis);
        incidents.feedback().forEach(out::addFeedback);
        incidents.reports().forEach(out::addReport);
    }

    private static GroundTruth truth(SampleSpec spec, Story story, ChangeHistory changes, IncidentRecords incidents) {
        Cause cause = story.script().cause();
        UUID changeId = cause.changeKey() == null ? null : changes.idOf(cause.changeKey());
        String changeType = null;
        if (changeId != null) {
            boolean deployment = story.deployments().stream().anyMatch(d -> d.key().equals(cause.changeKey()));
            changeType = deployment ? GroundTruth.DEPLOYMENT : GroundTruth.CONFIG_CHANGE;
        }
        return new GroundTruth(spec.scenario().cliName(), spec.seed(), cause.service(), cause.kind(), changeId, changeType,
                story.script().onset(story.world()), incidents.main().id(), cause.summary());
    }
}
