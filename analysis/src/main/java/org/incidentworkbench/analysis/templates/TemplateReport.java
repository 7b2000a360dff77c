package org.incidentworkbench.analysis.templates;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidentworkbench.analysis.logs.Severity;

/**
 * The templates of an incident's logs: every template per service and severity (by key, then
 * most frequent in the incident window first), what changed against the baseline, the
 * error-spike buckets, and how many lines each window held.
 */
public record TemplateReport(TemplateWindows windows, List<TemplateActivity> templates, List<TemplateChange> changes,
                             List<SpikeBucket> errorSpikes, long incidentLines, long baselineLines) {

    public TemplateReport {
        templates = List.copyOf(templates);
        changes = List.copyOf(changes);
        errorSpikes = List.copyOf(errorSpikes);
    }

    /** The service and severity pairs that have templates, in {@link TemplateKey} order. */
    public List<TemplateKey> keys() {
        return templates.stream().map(TemplateActivity::key).distinct().toList();
    }

    public List<TemplateActivity> templatesOf(TemplateKey key) {
        return templates.stream().filter(t -> t.key().equals(key)).toList();
    }

    /** Lines of these severities in the incident window. */
    public long incidentLines(Set<Severity> severities) {
        return templates.stream().filter(t -> severities.contains(t.key().severity())).mapToLong(TemplateActivity::count).sum();
    }

    /** The {@code n} templates of these severities with most lines in the incident window, any service. */
    public List<TemplateActivity> mostFrequent(Set<Severity> severities, int n) {
        return templates.stream()
                .filter(t -> severities.contains(t.key().severity()) && t.count() > 0)
                .sorted(Comparator.comparingLong(TemplateActivity::count).reversed()
                        .thenComparing(TemplateActivity::key)
                        .thenComparing(TemplateActivity::text))
                .limit(n)
                .toList();
    }

    /** The change of the template with this id under this key, if it changed. */
    public Optional<TemplateChange> changeOf(TemplateKey key, String templateId) {
        return changes.stream().filter(c -> c.activity().key().equals(key) && c.activity().id().equals(templateId)).findFirst();
    }
}
