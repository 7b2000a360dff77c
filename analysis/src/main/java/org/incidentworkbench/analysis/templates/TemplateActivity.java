package org.incidentworkbench.analysis.templates;

import java.time.Instant;
import java.util.List;
import org.incidentworkbench.analysis.logs.MinedTemplate;

/**
 * One template of one service and severity over an incident: how many lines it had in the
 * incident window ({@code count}) and their share of that service's and severity's lines there in
 * percent, how many in the baseline window, when it was first and last seen in either, and its
 * lines per bucket of the incident window (the sparkline). The {@link MinedTemplate} holds its text,
 * example and parameters, counted over both windows.
 */
public record TemplateActivity(TemplateKey key, MinedTemplate template, long count, double share, long baselineCount,
                               Instant firstSeen, Instant lastSeen, List<Long> buckets) {

    public TemplateActivity {
        buckets = List.copyOf(buckets);
    }

    public String id() {
        return template.id();
    }

    public String text() {
        return template.template();
    }
}
