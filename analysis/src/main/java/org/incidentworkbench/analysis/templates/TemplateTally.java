package org.incidentworkbench.analysis.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.time.Micros;

/**
 * Mines log records of the incident and baseline windows and counts each template per window and
 * per incident bucket as they stream by; memory grows with templates, not lines.
 */
public final class TemplateTally {

    private final TemplateWindows windows;
    private final TemplateCatalog catalog;
    private final int buckets;
    private long[] incidentCounts = new long[64];
    private long[] baselineCounts = new long[64];
    private final SeenTimes seen = new SeenTimes();
    private long[][] bucketCounts = new long[64][];

    public TemplateTally(TemplateWindows windows, MinerSettings settings) {
        this.windows = windows;
        this.catalog = new TemplateCatalog(settings);
        this.buckets = windows.bucketCount();
    }

    /** Counts a record of either window; records outside both are ignored. */
    public void add(LogRecord r) {
        long micros = Micros.of(r.ts());
        boolean incident = windows.incident().contains(r.ts());
        if (!incident && !windows.baseline().range().contains(r.ts())) {
            return;
        }
        int n = catalog.add(r.service(), r.severity(), r.body());
        if (n == catalog.size() - 1 && bucketCounts.length <= n) {
            grow();
        }
        if (bucketCounts[n] == null) {
            bucketCounts[n] = new long[buckets];
        }
        seen.see(n, micros);
        if (incident) {
            incidentCounts[n]++;
            bucketCounts[n][windows.bucketOf(micros)]++;
        } else {
            baselineCounts[n]++;
        }
    }

    private void grow() {
        int size = bucketCounts.length * 2;
        incidentCounts = Arrays.copyOf(incidentCounts, size);
        baselineCounts = Arrays.copyOf(baselineCounts, size);
        bucketCounts = Arrays.copyOf(bucketCounts, size);
    }

    /**
     * The report: every template (numbers whose templates widened to one text counted together),
     * the diff and the error spikes.
     */
    public TemplateReport report() {
        List<MinedTemplate> resolved = catalog.resolve();
        Map<TemplateKey, Map<String, Accumulated>> byKey = new HashMap<>();
        for (int n = 0; n < catalog.size(); n++) {
            MinedTemplate t = resolved.get(n);
            byKey.computeIfAbsent(catalog.key(n), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.id(), id -> new Accumulated(t, buckets))
                    .add(incidentCounts[n], baselineCounts[n], seen.first(n), seen.last(n), bucketCounts[n]);
        }
        List<TemplateActivity> activities = new ArrayList<>();
        long incidentLines = 0;
        long baselineLines = 0;
        for (Map.Entry<TemplateKey, Map<String, Accumulated>> e : byKey.entrySet()) {
            long keyTotal = e.getValue().values().stream().mapToLong(a -> a.incident).sum();
            for (Accumulated a : e.getValue().values()) {
                activities.add(a.activity(e.getKey(), keyTotal));
                incidentLines += a.incident;
                baselineLines += a.baseline;
            }
        }
        activities.sort(Comparator.comparing(TemplateActivity::key)
                .thenComparing(Comparator.comparingLong(TemplateActivity::count).reversed())
                .thenComparing(Comparator.comparingLong(TemplateActivity::baselineCount).reversed())
                .thenComparing(TemplateActivity::text));
        return new TemplateReport(windows, activities,
                TemplateDiff.changes(activities, windows.incident().duration(), windows.baseline().range().duration()),
                ErrorSpikes.find(activities, windows), incidentLines, baselineLines);
    }

    private static final class Accumulated {
        final MinedTemplate template;
        final long[] buckets;
        long incident;
        long baseline;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;

        Accumulated(MinedTemplate template, int buckets) {
            this.template = template;
            this.buckets = new long[buckets];
        }

        void add(long incidentCount, long baselineCount, long firstSeen, long lastSeen, long[] perBucket) {
            incident += incidentCount;
            baseline += baselineCount;
            first = Math.min(first, firstSeen);
            last = Math.max(last, lastSeen);
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] += perBucket[i];
            }
        }

        TemplateActivity activity(TemplateKey key, long keyTotal) {
            double share = keyTotal == 0 ? 0 : 100.0 * incident / keyTotal;
            return new TemplateActivity(key, template, incident, share, baseline, Micros.toInstant(first),
                    Micros.toInstant(last), Arrays.stream(buckets).boxed().toList());
        }
    }
}
