package org.incidentworkbench.analysis.templates;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** First and last time seen, per catalogue number. */
    private long[] firstMicros = new long[0];
    private long[] lastMicros = new long[0];

    public StoredTemplates(MinerSettings settings) {
        this.catalog = new TemplateCatalog(settings);
    }

    public void add(String service, Severity severity, long tsMicros, String body) {
        int n = catalog.add(service, severity, body);
        if (n >= firstMicros.length) {
            grow(Math.max(64, 2 * firstMicros.length));
        }
        firstMicros[n] = Math.min(firstMicros[n], tsMicros);
        lastMicros[n] = Math.max(lastMicros[n], tsMicros);
    }

    private void grow(int size) {
        int old = firstMicros.length;
        firstMicros = Arrays.copyOf(firstMicros, size);
        lastMicros = Arrays.copyOf(lastMicros, size);
        Arrays.fill(firstMicros, old, size, Long.MAX_VALUE);
        Arrays.fill(lastMicros, old, size, Long.MIN_VALUE);
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
            Seen seen = new Seen(resolved.get(n), firstMicros[n], lastMicros[n]);
            byKey.computeIfAbsent(catalog.key(n), k -> new LinkedHashMap<>()).merge(seen.template().id(), seen, Seen::union);
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
