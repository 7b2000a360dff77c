package org.incidentworkbench.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentSummary;
import org.incidentworkbench.analysis.incidents.SignalComparison;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.saturation.SaturationFinder;
import org.incidentworkbench.analysis.saturation.SaturationReading;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.analysis.templates.TemplateReport;
import org.incidentworkbench.analysis.time.TimeRange;

/** Prints an {@link IncidentSummary} for a terminal: a header, then one titled, aligned section per topic. */
final class SummaryPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A deployment or a config change, as one line of the changes section. */
    private record Change(Instant time, String service, String kind, String detail) {
    }

    private static final int MESSAGE_WIDTH = 120;
    private static final int TOP_TEMPLATES = 10;
    private static final Set<Severity> LOUD = EnumSet.of(Severity.WARN, Severity.ERROR, Severity.FATAL);

    private final TimeFormat times;
    private final TableWriter tables;
    private final PrintWriter out;

    SummaryPrinter(TimeFormat times, PrintWriter out) {
        this.times = times;
        this.tables = new TableWriter(OutputFormat.TABLE, times);
        this.out = out;
    }

    void print(IncidentSummary s) {
        header(s);
        signals(s);
        saturation(s);
        changes(s);
        messages(s);
        hypotheses(s.hypotheses());
        feedback(s.feedback());
        out.flush();
    }

    private void header(IncidentSummary s) {
        Incident i = s.incident();
        out.println(i.title());
        out.println("  incident  " + i.id());
        out.println("  service   " + i.serviceName() + "   severity " + i.severity() + "   status " + i.status()
                + "   trigger " + i.triggerType());
        out.println("  window    " + windowWithLength(s.window()));
        if (i.resolutionSummary() != null) {
            out.println("  resolved  " + i.resolutionSummary());
        }
    }

    private void signals(IncidentSummary s) {
        TimeRange baseline = s.baseline().range();
        section("Key signals of " + s.incident().serviceName() + ": mean in the window vs " + s.baseline().kind().description()
                + " (" + times.format(baseline.start()) + " to " + times.format(baseline.end()) + ")");
        if (s.signals().isEmpty()) {
            out.println("(the service reports none of the key metrics)");
            return;
        }
        Table t = Table.withColumns("signal", "metric", "window", "baseline", "ratio");
        for (SignalComparison c : s.signals()) {
            t.row(c.signal().label(), c.metric(), TableWriter.significant(c.during(), 4),
                    TableWriter.significant(c.baseline(), 4), ratio(c.ratio()));
        }
        tables.write(t, out);
    }

    /** The most saturated resource around the service: the same pick as the overview's saturation tile. */
    private void saturation(IncidentSummary s) {
        section("Saturation: the fullest resource of " + s.incident().serviceName() + " and what it depends on within "
                + SaturationFinder.HOPS + " hops, fullest minute vs " + s.baseline().kind().description());
        if (s.saturation().isEmpty()) {
            out.println("(none of them reports a saturation metric)");
            return;
        }
        SaturationReading r = s.saturation().get();
        Table t = Table.withColumns("resource", "metric", "window", "baseline", "ratio");
        String metric = r.resource().metric() + (r.isUtilisation() ? " / " + r.resource().capacityMetric() : "");
        t.row(r.resource().name(), metric, level(r, r.during()), level(r, r.baseline()), ratio(r.rise()));
        tables.write(t, out);
    }

    /** A share of capacity as a whole percentage ("100 %"), a raw value with a few significant digits. */
    private static Object level(SaturationReading r, double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return r.isUtilisation() ? Math.round(v * 100) + " %" : TableWriter.significant(v, 4);
    }

    private static BigDecimal ratio(double r) {
        return Double.isNaN(r) ? null : BigDecimal.valueOf(r).setScale(2, RoundingMode.HALF_UP);
    }

    private void changes(IncidentSummary s) {
        section("Changes from " + times.format(s.changeRange().start()) + " to the end of the window");
        List<Change> changes = new ArrayList<>();
        for (DeploymentEvent d : s.deployments()) {
            changes.add(new Change(d.startedAt(), d.serviceName(), "deploy", deployment(d)));
        }
        for (ConfigChangeEvent c : s.configChanges()) {
            changes.add(new Change(c.detectedAt(), c.serviceName() == null ? "(cluster)" : c.serviceName(), "config",
                    configChange(c)));
        }
        changes.sort(Comparator.comparing(Change::time));
        Table t = Table.withColumns("time", "service", "change", "detail");
        changes.forEach(c -> t.row(c.time(), c.service(), c.kind(), c.detail()));
        printOrNone(t, "(no deployments or config changes)");
    }

    private void messages(IncidentSummary s) {
        TemplateReport logs = s.logTemplates();
        section("What changed in the logs (against " + logs.windows().baseline().kind().description() + ")");
        Table changes = Table.withColumns("change", "service", "severity", "window", "baseline", "template");
        logs.changes().stream().limit(TOP_TEMPLATES).forEach(c -> changes.row(c.kind().label(), c.activity().key().service(),
                c.activity().key().severity().name(), c.activity().count(), c.activity().baselineCount(),
                shorten(c.activity().text())));
        printOrNone(changes, "(no template's rate changed significantly)");

        section("Most frequent warnings and errors in the window (" + logs.incidentLines(LOUD) + " records, as templates)");
        Table t = Table.withColumns("count", "service", "severity", "template");
        for (TemplateActivity a : logs.mostFrequent(LOUD, TOP_TEMPLATES)) {
            t.row(a.count(), a.key().service(), a.key().severity().name(), shorten(a.text()));
        }
        printOrNone(t, "(none)");
    }

    private void hypotheses(List<Hypothesis> hypotheses) {
        section("Hypotheses");
        Table t = Table.withColumns("rank", "confidence", "evidence", "type", "title");
        for (Hypothesis h : hypotheses) {
            t.row(h.rank(), BigDecimal.valueOf(h.confidence()).setScale(2, RoundingMode.HALF_UP), h.evidenceIds().size(),
                    h.type(), h.title());
        }
        printOrNone(t, "(none recorded)");
    }

    private void feedback(List<FeedbackEvent> events) {
        section("Feedback");
        Table t = Table.withColumns("time", "actor", "event", "note");
        for (FeedbackEvent e : events) {
            t.row(e.createdAt(), e.actorId() == null ? e.actorType() : e.actorType() + ":" + e.actorId(), e.eventType(),
                    noteOf(e.payloadJson()));
        }
        printOrNone(t, "(none recorded)");
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void printOrNone(Table t, String none) {
        if (t.rows().isEmpty()) {
            out.println(none);
        } else {
            tables.write(t, out);
        }
    }

    private String windowWithLength(TimeRange r) {
        Duration d = r.duration();
        String length = d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
        return times.format(r.start()) + " to " + times.format(r.end()) + " (" + length + ")";
    }

    private static String deployment(DeploymentEvent d) {
        StringBuilder s = new StringBuilder(d.deployType());
        if (d.imageRef() != null) {
            s.append(' ').append(d.imageRef());
        }
        if (d.revision() != null && (d.imageRef() == null || !d.imageRef().contains(d.revision()))) {
            s.append(" (revision ").append(d.revision(), 0, Math.min(d.revision().length(), 12)).append(')');
        }
        return s.toString();
    }

    /** "kind resource: field old -> new" from the {field, old_value, new_value} diff payload. */
    private static String configChange(ConfigChangeEvent c) {
        String detail = c.changeKind() + " " + c.resourceName();
        JsonNode diff = parse(c.diffPayloadJson());
        if (diff != null && diff.has("field")) {
            detail += ": " + diff.path("field").asText() + " " + diff.path("old_value").asText("?")
                    + " -> " + diff.path("new_value").asText("?");
        }
        return detail;
    }

    /** A human note is read in full; any other payload is shown as compact JSON. */
    private static String noteOf(String payloadJson) {
        JsonNode node = parse(payloadJson);
        if (node == null) {
            return String.valueOf(payloadJson);
        }
        return node.path("note").isTextual() ? node.path("note").asText() : node.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= MESSAGE_WIDTH ? text : text.substring(0, MESSAGE_WIDTH - 3) + "...";
    }
}
