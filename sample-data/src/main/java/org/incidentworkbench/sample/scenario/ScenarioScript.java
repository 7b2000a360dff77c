package org.incidentworkbench.sample.scenario;

import java.time.Instant;
import java.util.List;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.world.WorldInputs;
import org.incidentworkbench.sample.world.WorldState;

/** One scenario's story on top of the baseline day: its cause, distractors, mitigation and truth. */
public interface ScenarioScript {

    /** The scenario's deployments: the cause when it is a release, distractors, rollbacks. */
    List<DeploymentPlan> deployments();

    /** The scenario's config changes: distractors, the autoscaler's reactions, mitigations. */
    List<ConfigChangePlan> configChanges();

    /** Puts into the simulation what the changes alone do not: the fault, the traffic. */
    void shape(WorldInputs inputs);

    /** The incident the on-call engineer was paged for. */
    IncidentPlan incident();

    Cause cause();

    /** When the fault began, read off the simulated world. */
    Instant onset(WorldState world);

    /** What the on-call engineer wrote down while triaging. */
    String oncallNote();
}
