package org.incidentworkbench.analysis.templates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.time.Micros;

/**
 * The templates a snapshot stores: log records mined per service and severity as they stream by,
 * each template with its count, its share of its service's and severity's records and when it was
 * first and last seen. Memory grows with templates, not records. The miner is order-sensitive, so
 * feed each service's and severity's records oldest first (as the reads order them) to get the
 * templates a live source's analysis mines from the same records.
 */
public final class StoredTemplates {

    private final TemplateCatalog catalog;
    private final SeenTimes seen = new SeenTimes();

    public StoredTemplates(MinerSettings settings) {
        this.catalog = new TemplateCatalog(settings);
    }

    public void add(String service, Severity severity, long tsMicros, String body) {
        seen.see(catalog.add(service, severity, body), tsMicros);
    }

    /**
     * Every template, by service, most severe first, then most frequent first. Numbers whose
     * templates widened to the same text are one template: the resolved count already adds theirs
     * together, and their first and last seen are combined here.
     */
    public List<LogTemplate> templates() {
        List<MinedTemplate> resolved = catalog.resolve();
        Map<TemplateKey, Map<String, Seen>> byKey = new TreeMap<>();
        for (int n = 0; n < catalog.size(); n++) {
            Seen s = new Seen(resolved.get(n), seen.first(n), seen.last(n));
            byKey.computeIfAbsent(catalog.key(n), k -> new LinkedHashMap<>()).merge(s.template().id(), s, Seen::union);
        }
        List<LogTemplate> out = new ArrayList<>();
        byKey.forEach((key, templates) -> {
            long total = templates.values().stream().mapToLong(s -> s.template().count()).sum();
            templates.values().stream()
                    .sorted(Comparator.comparingLong((Seen s) -> s.template().count()).reversed()
                            .thenComparing(s -> s.template().template()))
                    .forEach(s -> out.add(s.stored(key, total)));
        });
        return out;
    }

    private record Seen(MinedTemplate template, long first, long last) {

        Seen union(Seen other) {
            return new Seen(template, Math.min(first, other.first), Math.max(last, other.last));
        }

        LogTemplate stored(TemplateKey key, long keyTotal) {
            return new LogTemplate(template.id(), key.service(), key.severity(), template.template(), template.example(),
                    template.count(), 100.0 * template.count() / keyTotal, Micros.toInstant(first), Micros.toInstant(last));
        }
    }
}
