package org.incidentworkbench.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.analysis.templates.TemplateChange;
import org.incidentworkbench.analysis.templates.TemplateReport;

/** The listings of {@code workbench templates}: a report's templates, or its ranked changes. */
final class TemplateTables {

    /** Values shown per variable position: enough to see what dominates, few enough for one cell. */
    static final int VALUES_SHOWN = 3;

    private TemplateTables() {
    }

    /** Every template per service and severity, most frequent in the incident window first. */
    static Table templates(TemplateReport report) {
        Table table = Table.withColumns("service", "severity", "count", "share_pct", "baseline_count", "first_seen",
                "last_seen", "template_id", "template", "example", "parameters");
        for (TemplateActivity t : report.templates()) {
            table.row(t.key().service(), t.key().severity().name(), t.count(), percent(t.share()), t.baselineCount(),
                    t.firstSeen(), t.lastSeen(), t.id(), t.text(), t.template().example(), parameters(t.template()));
        }
        return table;
    }

    /** The significant changes against the baseline, most significant first. */
    static Table changes(TemplateReport report) {
        Table table = Table.withColumns("rank", "kind", "service", "severity", "count", "baseline_count", "ratio", "p_value",
                "template_id", "template");
        int rank = 0;
        for (TemplateChange c : report.changes()) {
            TemplateActivity t = c.activity();
            table.row(++rank, c.kind().label(), t.key().service(), t.key().severity().name(), t.count(), t.baselineCount(),
                    c.rateRatio(), c.pValue(), t.id(), t.text());
        }
        return table;
    }

    /**
     * The top values of each variable word, numbered in the order they appear in the template:
     * {@code 1: checkout (12), cart (3), ~40 distinct; 2: 200 (40)}. The distinct count is shown
     * only when there are more values than those listed.
     */
    static String parameters(MinedTemplate template) {
        List<String> positions = new ArrayList<>();
        for (MinedTemplate.Parameter p : template.parameters()) {
            List<MinedTemplate.ValueCount> top = p.topValues().stream().limit(VALUES_SHOWN).toList();
            String values = top.stream().map(v -> v.value() + " (" + v.count() + ")").collect(Collectors.joining(", "));
            String more = p.distinctEstimate() > top.size() ? ", ~" + p.distinctEstimate() + " distinct" : "";
            positions.add((positions.size() + 1) + ": " + values + more);
        }
        return String.join("; ", positions);
    }

    /** Shares are read, not computed with: two decimals of a percent are plenty. */
    private static double percent(double share) {
        return Math.round(share * 100) / 100.0;
    }
}
