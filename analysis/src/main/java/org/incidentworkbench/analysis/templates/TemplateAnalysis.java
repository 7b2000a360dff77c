package org.incidentworkbench.analysis.templates;

import java.time.Duration;
import java.util.Set;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.incidentworkbench.analysis.logs.LogPage;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.VolumeBucket;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * Mines a source's log records over an incident window and its baseline into a
 * {@link TemplateReport}, reading them page by page so memory stays bounded by templates. Works
 * the same on a snapshot and a live database; the baseline is read first, so the same data always
 * gives the same templates.
 */
public final class TemplateAnalysis {

    static final int PAGE = 10_000;

    private final IncidentSource source;
    private final MinerSettings settings;

    public TemplateAnalysis(IncidentSource source, MinerSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    /** Mines the records of {@code services} (empty: all) and {@code severities} (empty: all) in both windows. */
    public TemplateReport analyse(TemplateWindows windows, Set<String> services, Set<Severity> severities,
                                  Cancellation cancel, MiningProgress progress) {
        LogQuery base = LogQuery.all(windows.baseline().range()).withServices(services).withSeverities(severities);
        LogQuery incident = base.withRange(windows.incident());
        long expected = count(base, cancel) + count(incident, cancel);
        TemplateTally tally = new TemplateTally(windows, settings);
        long read = readInto(tally, base, 0, expected, cancel, progress);
        readInto(tally, incident, read, expected, cancel, progress);
        return tally.report();
    }

    /** The default windows for an incident: the same window a day earlier when the source has logs there, else the hour before. */
    public TemplateWindows windowsFor(TimeRange incident, Cancellation cancel) {
        TemplateWindows dayBefore = TemplateWindows.dayBefore(incident);
        return count(LogQuery.all(dayBefore.baseline().range()), cancel) > 0 ? dayBefore : TemplateWindows.hourBefore(incident);
    }

    private long count(LogQuery query, Cancellation cancel) {
        Duration whole = query.range().duration().plusNanos(1_000);
        return source.logVolume(query, whole, cancel).stream().mapToLong(VolumeBucket::count).sum();
    }

    private long readInto(TemplateTally tally, LogQuery query, long readBefore, long expected, Cancellation cancel,
                          MiningProgress progress) {
        long read = readBefore;
        LogCursor after = null;
        do {
            cancel.throwIfCancelled();
            LogPage page = source.logs(query, after, PAGE, cancel);
            page.records().forEach(tally::add);
            read += page.records().size();
            progress.update(read, Math.max(read, expected));
            after = page.next().orElse(null);
        } while (after != null);
        return read;
    }
}
