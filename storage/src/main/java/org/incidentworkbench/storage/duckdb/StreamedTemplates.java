package org.incidentworkbench.storage.duckdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.templates.StoredTemplates;

/**
 * Mines log records while a writer is handed them, for as long as each service's and severity's
 * records come oldest first (by time, then id): the order {@link SnapshotTemplates} mines stored
 * records in, so the templates are the same and the work overlaps the copy instead of following
 * it. The mining runs on its own thread, fed in batches (at most {@value #IN_FLIGHT} waiting), so
 * the writer's thread only appends. One record out of order ends it; the writer then mines the
 * stored records at finish.
 */
final class StreamedTemplates implements AutoCloseable {

    private static final int BATCH = 1024;
    private static final int IN_FLIGHT = 8;
    private static final List<Line> END = List.of();

    private record Line(String service, Severity severity, long tsMicros, String body) {
    }

    private final StoredTemplates templates = new StoredTemplates(MinerSettings.defaults());
    private final BlockingQueue<List<Line>> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread miner = Thread.ofPlatform().name("snapshot-templates").daemon().unstarted(this::mine);
    /** Per service and severity, the time and id of the last record taken. */
    private final Map<String, Map<String, long[]>> last = new HashMap<>();
    private List<Line> batch = new ArrayList<>(BATCH);
    private boolean inOrder = true;
    private boolean started;
    private boolean ended;
    /** Set by the mining thread if mining failed; the writer then mines at finish, where the failure surfaces. */
    private volatile boolean failed;

    void add(long logId, long tsMicros, String service, String severity, String body) {
        if (!inOrder || ended) {
            return;
        }
        long[] previous = last.computeIfAbsent(service, s -> new HashMap<>()).get(severity);
        if (previous == null) {
            last.get(service).put(severity, new long[] {tsMicros, logId});
        } else if (tsMicros > previous[0] || tsMicros == previous[0] && logId > previous[1]) {
            previous[0] = tsMicros;
            previous[1] = logId;
        } else {
            inOrder = false; // what was mined would differ from the stored order's templates
            last.clear();
            close();
            return;
        }
        batch.add(new Line(service, Severity.valueOf(severity), tsMicros, body));
        if (batch.size() == BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** The templates mined, or empty when the records did not all come in order. */
    Optional<List<LogTemplate>> templates() {
        if (!inOrder) {
            return Optional.empty();
        }
        send(batch);
        close();
        return failed ? Optional.empty() : Optional.of(templates.templates());
    }

    /** Ends the mining thread after the batches sent so far; idempotent. */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        ended = true;
        if (started) {
            send(END);
            try {
                miner.join();
            } catch (InterruptedException e) {
                miner.interrupt();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void send(List<Line> lines) {
        if (!started) {
            started = true;
            miner.start();
        }
        try {
            while (!queue.offer(lines, 50, TimeUnit.MILLISECONDS)) {
                if (!miner.isAlive()) {
                    inOrder = false; // it failed: nobody takes the batches any more
                    return;
                }
            }
        } catch (InterruptedException e) {
            miner.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mining log templates", e);
        }
    }

    private void mine() {
        try {
            for (List<Line> lines = queue.take(); lines != END; lines = queue.take()) {
                lines.forEach(l -> templates.add(l.service(), l.severity(), l.tsMicros(), l.body()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed = true;
        }
    }
}
