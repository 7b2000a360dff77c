package org.incidentworkbench.sample.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.world.Symptom;
import org.incidentworkbench.sample.world.WorldInputs;

/**
 * What changes do to the running system, whoever planned them: a deployment replaces the pods, a
 * replica change adds or removes pods, a memory limit change restarts them with more room, an
 * environment variable restarts them, a ConfigMap key is reloaded in place.
 */
final class ChangeEffects {

    private static final Duration RESTART_ROLLOUT = Duration.ofMinutes(4);
    private static final Duration RELOAD_DELAY = Duration.ofSeconds(20);

    private ChangeEffects() {
    }

    static void apply(List<DeploymentPlan> deployments, List<ConfigChangePlan> configChanges, WorldInputs in) {
        for (DeploymentPlan d : deployments) {
            in.addRollout(d.service(), d.start(), d.finish());
        }
        for (ConfigChangePlan c : configChanges) {
            switch (c.changeKind()) {
                case "replica_count" -> {
                    int from = Integer.parseInt(c.oldValue());
                    int to = Integer.parseInt(c.newValue());
                    in.setReplicas(c.service(), c.at(), to);
                    for (int pod = from; pod < to; pod++) {
                        in.addEvent(c.service(), Symptom.POD_START, "", c.at().plus(RELOAD_DELAY));
                    }
                }
                case "resource_limit" -> {
                    if (c.field().contains("memory")) {
                        in.setMemoryLimit(c.service(), c.at(), megabytes(c.newValue()));
                    }
                    in.addRollout(c.service(), c.at(), c.at().plus(RESTART_ROLLOUT));
                }
                case "env_var" -> in.addRollout(c.service(), c.at(), c.at().plus(RESTART_ROLLOUT));
                case "configmap_key" -> in.addEvent(c.service(), Symptom.CONFIG_RELOAD, c.field(), c.at().plus(RELOAD_DELAY));
                default -> {
                    // schema changes and the like do not change how the services run
                }
            }
        }
    }

    /** Kubernetes quantities as megabytes: "1536Mi", "2Gi". */
    static double megabytes(String quantity) {
        String q = quantity.trim().toLowerCase(Locale.ROOT);
        if (q.endsWith("gi")) {
            return Double.parseDouble(q.substring(0, q.length() - 2)) * 1024;
        }
        if (q.endsWith("mi")) {
            return Double.parseDouble(q.substring(0, q.length() - 2));
        }
        throw new IllegalArgumentException("unsupported memory quantity: " + quantity);
    }
}
