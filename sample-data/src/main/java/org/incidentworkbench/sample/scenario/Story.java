package org.incidentworkbench.sample.scenario;

import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.random.Seeds;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.timeline.DiurnalLoad;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.WorldInputs;
import org.incidentworkbench.sample.world.WorldSimulator;
import org.incidentworkbench.sample.world.WorldState;

/**
 * A scenario told over a timeline: the baseline day and the scenario's script, their changes, and
 * the simulated shop they produce. Everything the writers need, and nothing written yet.
 */
public final class Story {

    private final ServiceCatalogue catalogue;
    private final ScenarioScript script;
    private final List<DeploymentPlan> deployments;
    private final List<ConfigChangePlan> configChanges;
    private final List<IncidentPlan> minorIncidents;
    private final WorldState world;

    private Story(ServiceCatalogue catalogue, ScenarioScript script, List<DeploymentPlan> deployments,
                  List<ConfigChangePlan> configChanges, List<IncidentPlan> minorIncidents, WorldState world) {
        this.catalogue = catalogue;
        this.script = script;
        this.deployments = deployments;
        this.configChanges = configChanges;
        this.minorIncidents = minorIncidents;
        this.world = world;
    }

    public static Story tell(Scenario scenario, Timeline timeline, Seeds seeds) {
        ServiceCatalogue catalogue = ServiceCatalogue.standard();
        BaselineDay baseline = new BaselineDay(catalogue, seeds.stream("baseline"));
        ScenarioScript script = ScenarioScripts.of(scenario, catalogue, baseline, seeds.stream("scenario"));
        List<DeploymentPlan> deployments = new ArrayList<>(baseline.deployments());
        deployments.addAll(script.deployments());
        List<ConfigChangePlan> configChanges = new ArrayList<>(baseline.configChanges());
        configChanges.addAll(script.configChanges());

        WorldInputs inputs = new WorldInputs(catalogue, timeline, DiurnalLoad.series(timeline, seeds.stream("load")));
        baseline.shape(inputs);
        script.shape(inputs);
        ChangeEffects.apply(deployments, configChanges, inputs);
        WorldState world = WorldSimulator.simulate(inputs, seeds.stream("heap"));
        return new Story(catalogue, script, List.copyOf(deployments), List.copyOf(configChanges),
                baseline.minorIncidents(), world);
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    public ScenarioScript script() {
        return script;
    }

    public List<DeploymentPlan> deployments() {
        return deployments;
    }

    public List<ConfigChangePlan> configChanges() {
        return configChanges;
    }

    public List<IncidentPlan> minorIncidents() {
        return minorIncidents;
    }

    public WorldState world() {
        return world;
    }
}
