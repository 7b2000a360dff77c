package org.incidentworkbench.sample.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.incidents.EvidenceArtifact;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentDecision;
import org.incidentworkbench.analysis.incidents.IncidentReport;
import org.incidentworkbench.sample.changes.Authors;
import org.incidentworkbench.sample.changes.ChangeHistory;
import org.incidentworkbench.sample.random.RandomIds;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.world.WorldState;
import org.incidentworkbench.storage.json.Json;

/**
 * Every incident record of a sample. The main incident gets its decision, the triage bot's
 * evidence and ranked hypotheses, the on-call engineer's note and a draft report; the minor ones
 * that fall inside the window get their decision only.
 */
public final class IncidentRecords {

    public static final String POLICY = "paging-policy-v3.2";

    private final List<Incident> incidents = new ArrayList<>();
    private final List<IncidentDecision> decisions = new ArrayList<>();
    private final List<EvidenceArtifact> evidence = new ArrayList<>();
    private final List<Hypothesis> hypotheses = new ArrayList<>();
    private final List<FeedbackEvent> feedback = new ArrayList<>();
    private final List<IncidentReport> reports = new ArrayList<>();
    private final RandomGenerator rng;
    private final Map<String, UUID> serviceIds;
    private final ServiceCatalogue catalogue;
    private Incident main;

    private IncidentRecords(ServiceCatalogue catalogue, Map<String, UUID> serviceIds, RandomGenerator rng) {
        this.catalogue = catalogue;
        this.serviceIds = serviceIds;
        this.rng = rng;
    }

    /**
     * Builds the records; {@code oncallNote} is what the on-call engineer wrote on the main incident.
     * Fails when the main incident is not in the window: every scenario's incident must be.
     */
    public static IncidentRecords build(IncidentPlan mainPlan, List<IncidentPlan> minorPlans, String oncallNote,
                                        WorldState world, ChangeHistory changes, Map<String, UUID> serviceIds,
                                        RandomGenerator rng) {
        IncidentRecords r = new IncidentRecords(world.catalogue(), serviceIds, rng);
        DetectedIncident detected = IncidentDetector.detect(mainPlan, world)
                .orElseThrow(() -> new IllegalStateException("the scenario's incident is not in the sample window"));
        r.main = r.incident(detected);
        r.triage(detected, new NaiveTriageBot(world, changes, detected).rank(), oncallNote);
        for (IncidentPlan plan : minorPlans) {
            IncidentDetector.detect(plan, world).ifPresent(r::incident);
        }
        return r;
    }

    private Incident incident(DetectedIncident d) {
        IncidentPlan plan = d.plan();
        UUID id = RandomIds.uuid(rng);
        Instant created = d.fired().plusSeconds(15);
        Instant updated = plan.resolved() ? d.recovered().plus(Duration.ofMinutes(12)) : d.fired().plus(Duration.ofMinutes(30));
        String peak = plan.signal() == IncidentPlan.Signal.ERROR_RATIO ? format(plan.titleFormat(), d.peak() * 100)
                : format(plan.titleFormat(), d.peak());
        Incident incident = new Incident(id, serviceIds.get(plan.service()), plan.service(), peak, plan.status(),
                plan.triggerType(), plan.severity(), d.windowStart(), d.windowEnd(), created, updated,
                plan.resolved() ? d.recovered() : null, plan.resolved() ? "other" : null, plan.resolutionSummary(), null);
        incidents.add(incident);
        Map<String, String> details = new TreeMap<>();
        details.put("signal", plan.signal().name().toLowerCase(Locale.ROOT));
        details.put("threshold", Double.toString(plan.threshold()));
        details.put("for", "2m");
        details.put("peak", String.format(Locale.ROOT, "%.4f", d.peak()));
        decisions.add(new IncidentDecision(RandomIds.uuid(rng), id, created.plusSeconds(5), plan.decision(), plan.rationale(),
                POLICY, Json.fromMap(details)));
        return incident;
    }

    private void triage(DetectedIncident d, List<Candidate> ranked, String note) {
        Instant at = d.fired().plusSeconds(40);
        UUID alert = addEvidence(new EvidenceDraft("prom_query", "prometheus", "promql:" + alertQuery(d.plan()),
                Map.of("query", alertQuery(d.plan()), "alert", "fired")), at);
        Set<UUID> cited = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (int rank = 1; rank <= ranked.size(); rank++) {
            Candidate c = ranked.get(rank - 1);
            List<UUID> ids = new ArrayList<>();
            ids.add(alert);
            for (EvidenceDraft e : c.evidence()) {
                ids.add(addEvidence(e, at));
            }
            double confidence = Math.min(0.95, Math.round(c.score() * 100) / 100.0);
            Hypothesis h = new Hypothesis(RandomIds.uuid(rng), main.id(), rank, c.type(), c.title(), confidence, ids,
                    Json.fromMap(withGenerator(c.details())));
            hypotheses.add(h);
            if (rank <= 3) {
                cited.addAll(ids);
                lines.add(rank + ". " + c.title() + " (" + c.type() + ", confidence " + confidence + ")");
            }
        }
        String oncall = "oncall:" + Authors.email(Authors.pick(catalogue.service(d.plan().service()).team(), rng));
        feedback.add(new FeedbackEvent(RandomIds.uuid(rng), main.id(), d.fired().plus(Duration.ofMinutes(25)), "user", oncall,
                "human_note_added", Json.fromMap(Map.of("note", note))));
        reports.add(new IncidentReport(RandomIds.uuid(rng), main.id(), d.fired().plus(Duration.ofMinutes(28)),
                Json.fromMap(Map.of("generator", "triage-bot template", "status", "draft")), draft(d, lines), List.copyOf(cited)));
    }

    private UUID addEvidence(EvidenceDraft e, Instant at) {
        UUID id = RandomIds.uuid(rng);
        evidence.add(new EvidenceArtifact(id, main.id(), e.kind(), e.source(), e.ref(), at, Json.fromMap(e.metadata())));
        return id;
    }

    private String draft(DetectedIncident d, List<String> leading) {
        return "# Draft: " + main.title() + "\n\n"
                + "**Status:** " + main.status() + "  \n"
                + "**Alert fired:** " + d.fired() + "  \n"
                + "**Signal above threshold:** " + d.breached() + " to " + d.recovered() + "\n\n"
                + "## Leading hypotheses (triage bot, unconfirmed)\n\n" + String.join("\n", leading) + "\n\n"
                + "## Root cause\n\nNot yet confirmed.\n";
    }

    private static String alertQuery(IncidentPlan plan) {
        return switch (plan.signal()) {
            case ERROR_RATIO -> "sum(rate(http_server_requests_seconds_count{service=\"" + plan.service()
                    + "\",status=~\"5..\"}[1m])) / sum(rate(http_server_requests_seconds_count{service=\"" + plan.service() + "\"}[1m]))";
            case P99_LATENCY -> "histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket{service=\""
                    + plan.service() + "\"}[1m])))";
        };
    }

    private static Map<String, String> withGenerator(Map<String, String> details) {
        Map<String, String> all = new TreeMap<>(details);
        all.put("generated_by", "naive-triage-bot/0.3");
        return all;
    }

    private static String format(String titleFormat, double value) {
        return String.format(Locale.ROOT, titleFormat, value);
    }

    public Incident main() {
        return main;
    }

    public List<Incident> incidents() {
        return List.copyOf(incidents);
    }

    public List<IncidentDecision> decisions() {
        return List.copyOf(decisions);
    }

    public List<EvidenceArtifact> evidence() {
        return List.copyOf(evidence);
    }

    public List<Hypothesis> hypotheses() {
        return List.copyOf(hypotheses);
    }

    public List<FeedbackEvent> feedback() {
        return List.copyOf(feedback);
    }

    public List<IncidentReport> reports() {
        return List.copyOf(reports);
    }

}
