package org.incidentworkbench.ui.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.incidentworkbench.analysis.feedback.Actor;
import org.incidentworkbench.analysis.feedback.FeedbackEvents;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummarizer;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.OutboxFeedbackLog;
import org.incidentworkbench.storage.feedback.SnapshotFeedbackTarget;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.testing.NoNavigation;
import org.incidentworkbench.ui.testing.UiSample;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.SourceFeedback;
import org.incidentworkbench.ui.workspace.WorkspaceContext;

/**
 * A snapshot workspace as the app builds it, on real files in {@code dir}: a copy of the sample
 * snapshot held open read-only, and the feedback outbox in a fresh SQLite state file, delivering to
 * the snapshot once it is closed. Notes are stamped a minute apart, from 2025-05-13 15:00 UTC.
 */
final class NotesFixture implements AutoCloseable {

    final Path snapshot;
    final Path stateFile;
    final FeedbackOutbox outbox;
    final OutboxFeedbackLog log;
    final IncidentSource source;
    final Incident incident;
    final FeedbackEvents events;

    NotesFixture(Path dir) {
        snapshot = dir.resolve("review.duckdb");
        stateFile = dir.resolve("state.db");
        try {
            Files.copy(UiSample.file(), snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outbox = FeedbackOutbox.open(stateFile, Clock.systemUTC());
        log = OutboxFeedbackLog.deliveringAfterClose(outbox, new SnapshotFeedbackTarget(snapshot));
        source = DuckDbSnapshots.open(snapshot);
        incident = IncidentSummarizer.mostPressing(source.incidents(Cancellation.none())).orElseThrow();
        AtomicLong minutes = new AtomicLong();
        Instant start = Instant.parse("2025-05-13T15:00:00Z");
        events = new FeedbackEvents(Actor.user("ana"), new Clock() {
            @Override
            public Instant instant() {
                return start.plusSeconds(60 * minutes.getAndIncrement());
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        }, UUID::randomUUID);
    }

    WorkspaceContext context(TaskRunner tasks, TimeZoneSetting zone) {
        return context(incident, tasks, zone);
    }

    WorkspaceContext context(Incident of, TaskRunner tasks, TimeZoneSetting zone) {
        return new WorkspaceContext(source, of, tasks, zone, new NoNavigation(), new SourceFeedback(log, true));
    }

    /** The incident under an id nobody wrote feedback for (every sample incident has some). */
    Incident withoutFeedback() {
        Incident i = incident;
        return new Incident(UUID.randomUUID(), i.serviceId(), i.serviceName(), i.title(), i.status(), i.triggerType(),
                i.severity(), i.windowStart(), i.windowEnd(), i.createdAt(), i.updatedAt(), i.resolvedAt(),
                i.resolutionKind(), i.resolutionSummary(), i.resolvedHypothesisId());
    }

    /** The snapshot's own feedback for the incident, read through a new read-only open (the source must be closed). */
    List<FeedbackEvent> inSnapshot() {
        try (IncidentSource reopened = DuckDbSnapshots.open(snapshot)) {
            return reopened.feedback(incident.id(), Cancellation.none());
        }
    }

    @Override
    public void close() {
        source.close();
        outbox.close();
    }
}
