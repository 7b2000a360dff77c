package org.incidentworkbench.sample.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.changes.Commit;
import org.incidentworkbench.analysis.changes.CommitFile;
import org.incidentworkbench.analysis.changes.ConfigChangeEvent;
import org.incidentworkbench.analysis.changes.DeploymentCommitRange;
import org.incidentworkbench.analysis.changes.DeploymentEvent;
import org.incidentworkbench.sample.random.RandomIds;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.storage.json.Json;

/**
 * The change records of the window: the planned deployments and config changes that fall inside
 * it, with ids, commit SHAs, revisions chained per service (a deployment's previous revision is the
 * one before it; a rollback returns to the reverted deployment's previous revision) and image refs.
 */
public final class ChangeHistory {

    private final List<DeploymentEvent> deployments = new ArrayList<>();
    private final List<DeploymentCommitRange> ranges = new ArrayList<>();
    private final List<Commit> commits = new ArrayList<>();
    private final List<CommitFile> commitFiles = new ArrayList<>();
    private final List<ConfigChangeEvent> configChanges = new ArrayList<>();
    private final Map<String, UUID> idsByKey = new TreeMap<>();

    private ChangeHistory() {
    }

    public static ChangeHistory build(ServiceCatalogue catalogue, Map<String, UUID> serviceIds,
                                      List<DeploymentPlan> deploymentPlans, List<ConfigChangePlan> configPlans,
                                      Timeline timeline, RandomGenerator rng) {
        ChangeHistory h = new ChangeHistory();
        List<DeploymentPlan> plans = new ArrayList<>(deploymentPlans);
        plans.sort(Comparator.comparing(DeploymentPlan::start).thenComparing(DeploymentPlan::key));
        Map<String, String> currentRevision = new TreeMap<>();
        Map<String, String> previousOfKey = new TreeMap<>();
        Map<String, String> revisionOfKey = new TreeMap<>();
        for (DeploymentPlan plan : plans) {
            ServiceSpec service = catalogue.service(plan.service());
            String previous = currentRevision.computeIfAbsent(plan.service(), s -> RandomIds.commitSha(rng));
            List<String> shas = new ArrayList<>();
            String revision;
            if (plan.rollbackOf() != null) {
                revision = previousOfKey.get(plan.rollbackOf());
            } else {
                for (CommitPlan c : plan.commits()) {
                    shas.add(RandomIds.commitSha(rng));
                }
                revision = shas.isEmpty() ? RandomIds.commitSha(rng) : shas.get(0);
            }
            previousOfKey.put(plan.key(), previous);
            revisionOfKey.put(plan.key(), revision);
            currentRevision.put(plan.service(), revision);
            UUID id = RandomIds.uuid(rng);
            if (!timeline.contains(plan.start())) {
                continue;
            }
            h.idsByKey.put(plan.key(), id);
            h.deployments.add(new DeploymentEvent(id, serviceIds.get(plan.service()), plan.service(), plan.start(),
                    plan.finish(), plan.deployType(), imageRef(service, revision), revision, metadata(service, plan)));
            h.ranges.add(new DeploymentCommitRange(id, previous, revision, plan.rollbackOf() != null, shas));
            for (int i = 0; i < shas.size(); i++) {
                h.addCommit(service, shas.get(i), plan.commits().get(i), plan.start(), rng);
            }
        }
        for (ConfigChangePlan c : configPlans) {
            UUID id = RandomIds.uuid(rng);
            if (!timeline.contains(c.at())) {
                continue;
            }
            h.idsByKey.put(c.key(), id);
            String payload = Json.fromMap(Map.of("field", c.field(), "old_value", c.oldValue(), "new_value", c.newValue()));
            String audit = c.actor() == null ? null : "k8s-audit/" + c.at().toString().substring(0, 10) + "/" + id;
            h.configChanges.add(new ConfigChangeEvent(id, c.service() == null ? null : serviceIds.get(c.service()),
                    c.service(), c.at(), c.source(), c.changeKind(), c.resourceName(), payload, c.actor(), audit));
        }
        h.configChanges.sort(Comparator.comparing(ConfigChangeEvent::detectedAt));
        return h;
    }

    private void addCommit(ServiceSpec service, String sha, CommitPlan plan, Instant deployStart, RandomGenerator rng) {
        commits.add(new Commit(sha, repo(service), plan.author(), plan.message(), null,
                deployStart.minus(plan.beforeDeploy())));
        for (FileChange f : plan.files()) {
            commitFiles.add(new CommitFile(RandomIds.uuid(rng), sha, f.path(), f.changeType(), f.diff(),
                    f.linesAdded(), f.linesRemoved()));
        }
    }

    /** The git repository of a service, e.g. {@code git.shop.internal/payments/payments}. */
    public static String repo(ServiceSpec service) {
        return "git.shop.internal/" + service.team() + "/" + service.name();
    }

    private static String imageRef(ServiceSpec service, String revision) {
        return "registry.shop.internal/" + service.team() + "/" + service.name() + ":" + revision.substring(0, 12);
    }

    private static String metadata(ServiceSpec service, DeploymentPlan plan) {
        Map<String, String> m = new TreeMap<>();
        m.put("namespace", service.namespace());
        m.put("cluster", service.cluster());
        m.put("triggered_by", plan.triggeredBy());
        m.put("strategy", "RollingUpdate");
        if ("helm".equals(plan.deployType())) {
            m.put("chart", service.name() + "-" + (3 + Math.floorMod(plan.key().hashCode(), 5)) + "."
                    + Math.floorMod(plan.key().hashCode() >> 4, 20) + ".0");
        } else {
            m.put("argocd_app", service.name() + "-prod");
        }
        return Json.fromMap(m);
    }

    /** The id given to the change planned under {@code key}, null when it fell outside the window. */
    public UUID idOf(String key) {
        return idsByKey.get(key);
    }

    public List<DeploymentEvent> deployments() {
        return List.copyOf(deployments);
    }

    public List<DeploymentCommitRange> ranges() {
        return List.copyOf(ranges);
    }

    public List<Commit> commits() {
        return List.copyOf(commits);
    }

    public List<CommitFile> commitFiles() {
        return List.copyOf(commitFiles);
    }

    public List<ConfigChangeEvent> configChanges() {
        return List.copyOf(configChanges);
    }
}
