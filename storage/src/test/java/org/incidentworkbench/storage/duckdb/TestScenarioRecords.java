package org.incidentworkbench.storage.duckdb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.CommitFile;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.analysis.incidents.EvidenceArtifact;
import org.incidentworkbench.analysis.incidents.FeedbackEvent;
import org.incidentworkbench.analysis.incidents.Hypothesis;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.incidents.IncidentDecision;
import org.incidentworkbench.analysis.incidents.IncidentReport;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.analysis.knowledge.KbEmbedding;
import org.incidentworkbench.analysis.topology.Service;

/** The non-signal rows of {@link TestScenario}: changes, incidents with what hangs off them, knowledge. */
final class TestScenarioRecords {

    private TestScenarioRecords() {
    }

    static void changes(TestScenario s) {
        Random r = s.random();
        HexFormat hex = HexFormat.of();
        List<String> shas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String sha = hex.toHexDigits(r.nextLong()) + hex.toHexDigits(r.nextLong()) + hex.toHexDigits(r.nextInt());
            shas.add(sha);
            s.commits.add(new Commit(sha, "git@example.com:shop/" + TestScenario.SERVICES.get(i % 5) + ".git",
                    i == 3 ? null : "dev" + i + "@example.com", "change " + i + "\n\nlonger text", i == 5 ? null : "change " + i,
                    s.at(-3_600_000_000L + i * 60_000_000L + r.nextInt(1_000))));
            for (int f = 0; f < 1 + r.nextInt(3); f++) {
                s.commitFiles.add(new CommitFile(s.uuid(), sha, "src/main/" + (char) ('a' + f) + ".java",
                        f == 0 ? "db_migration" : "other", f == 2 ? null : "@@ -1 +1 @@\n-a\n+b", 1 + f, f));
            }
        }
        String[] deployed = {"payments", "checkout", "cart", "payments"};
        long[] starts = {600_000_000L, 1_800_000_000L, 3_000_000_123L, TestScenario.WINDOW.duration().toNanos() / 1_000};
        for (int i = 0; i < deployed.length; i++) {
            UUID id = s.uuid();
            Instant start = s.at(starts[i]);
            s.deployments.add(new DeploymentEvent(id, s.service(deployed[i]).id(), deployed[i], start,
                    i == 1 ? null : start.plusSeconds(90), i % 2 == 0 ? "helm" : "argo", "registry/" + deployed[i] + ":" + i,
                    shas.get(2 * i), "{\"pipeline\":" + i + "}"));
            if (i < 3) {
                s.commitRanges.add(new DeploymentCommitRange(id, i == 0 ? null : shas.get(2 * i - 1), shas.get(2 * i),
                        i == 2, shas.subList(Math.max(0, 2 * i - 1), 2 * i + 1)));
            }
        }
        s.configChanges.add(new ConfigChangeEvent(s.uuid(), s.service("payments").id(), "payments",
                s.at(900_000_000L), "k8s_configmap", "configmap_key", "payments-config",
                "{\"field\":\"pool.max\",\"new_value\":\"5\",\"old_value\":\"50\"}", "alice", "audit-1"));
        s.configChanges.add(new ConfigChangeEvent(s.uuid(), null, null, s.at(2_000_000_000L), "k8s_deployment",
                "replica_count", "cluster-autoscaler", "{\"field\":\"replicas\"}", null, null));
        s.configChanges.add(new ConfigChangeEvent(s.uuid(), s.service("cart").id(), "cart",
                s.at(-5_000_000L), "k8s_deployment", "env_var", "cart", "{}", "bob", null));
    }

    static void incidents(TestScenario s) {
        Random r = s.random();
        String[] services = {"checkout", "payments", "cart"};
        for (int i = 0; i < services.length; i++) {
            Service svc = s.service(services[i]);
            UUID id = s.uuid();
            Instant start = s.at(i * 1_200_000_000L + r.nextInt(1_000));
            List<UUID> evidenceIds = new ArrayList<>();
            for (int e = 0; e < 4; e++) {
                UUID eid = s.uuid();
                evidenceIds.add(eid);
                s.evidence.add(new EvidenceArtifact(eid, id, e % 2 == 0 ? "metric_query" : "git_diff", "workbench",
                        "ref-" + e, start.plusSeconds(e == 3 ? 1 : 60 * e + 2), "{\"n\":" + e + "}"));
            }
            UUID best = null;
            for (int h = 1; h <= 3; h++) {
                UUID hid = s.uuid();
                best = h == 1 ? hid : best;
                s.hypotheses.add(new Hypothesis(hid, id, h, h == 1 ? "release" : "db", "hypothesis " + h + " of " + i,
                        Math.round((0.9 - h * 0.2) * 100) / 100.0, evidenceIds.subList(0, h), "{}"));
            }
            boolean resolved = i == 0;
            s.incidents.add(new Incident(id, svc.id(), svc.name(), "incident " + i + " on " + svc.name(),
                    resolved ? "resolved" : "open", "error_rate_spike", 1 + i, start, start.plus(Duration.ofMinutes(30 + i)),
                    start.plusSeconds(5), start.plusSeconds(600), resolved ? start.plusSeconds(3_000) : null,
                    resolved ? "hypothesis" : null, resolved ? "pool too small" : null, resolved ? best : null));
            s.decisions.add(new IncidentDecision(s.uuid(), id, start.plusSeconds(2), "approved", "rate above SLO", "p-1", "{}"));
            s.decisions.add(new IncidentDecision(s.uuid(), id, start.plusSeconds(1), "suppressed", "duplicate", "p-1",
                    "{\"dup\":true}"));
            s.reports.add(new IncidentReport(s.uuid(), id, start.plusSeconds(4_000), "{\"model\":\"none\"}",
                    "# Report " + i + "\n\n*pool*", evidenceIds.subList(1, 3)));
            String[] events = {"human_note_added", "hypothesis_rejected", "hypothesis_confirmed", "root_cause_set"};
            for (int f = 0; f < events.length; f++) {
                s.feedback.add(new FeedbackEvent(s.uuid(), id, start.plusSeconds(700 + 10L * ((f * 7) % 4)), "user",
                        f == 0 ? null : "eng-" + f, events[f], "{\"f\":" + f + "}"));
            }
        }
    }

    static void knowledge(TestScenario s) {
        Random r = s.random();
        String[] kinds = {"runbook", "incident_summary", "diff_chunk"};
        for (int d = 0; d < 6; d++) {
            UUID id = s.uuid();
            s.documents.add(new KbDocument(id, kinds[d % 3], "Document " + (char) ('F' - d), "content " + d,
                    d % 2 == 0 ? TestScenario.SERVICES.get(d) : null, d == 4 ? List.of() : List.of("db", "tag" + d),
                    d == 1 ? null : "https://wiki/" + d, TestScenario.T0.minus(Duration.ofDays(d)), "{}"));
            for (int chunk = 0; chunk < 2; chunk++) {
                s.embeddings.add(new KbEmbedding(id, chunk, TestScenario.MODEL, "chunk " + chunk + " of " + d,
                        vector(r, TestScenario.DIMENSIONS)));
            }
            s.embeddings.add(new KbEmbedding(id, 0, TestScenario.OTHER_MODEL, "other model chunk of " + d,
                    vector(r, TestScenario.DIMENSIONS)));
            if (d == 2) {
                // Same model, another dimension (say, a truncated vector): never comparable.
                s.embeddings.add(new KbEmbedding(id, 2, TestScenario.MODEL, "short vector", vector(r, 4)));
            }
        }
    }

    static float[] vector(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
