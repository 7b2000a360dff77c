package org.incidentworkbench.sample.scenario;

import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.sample.system.ServiceCatalogue;

/** The script of each scenario. */
public final class ScenarioScripts {

    private ScenarioScripts() {
    }

    public static ScenarioScript of(Scenario scenario, ServiceCatalogue catalogue, BaselineDay baseline, RandomGenerator rng) {
        return switch (scenario) {
            case CHECKOUT_DB_POOL -> new CheckoutDbPoolScript(catalogue, baseline, rng);
            case TRAFFIC_SURGE -> new TrafficSurgeScript(catalogue, baseline, rng);
            case PAYMENT_PROVIDER_OUTAGE -> new PaymentProviderOutageScript(catalogue, baseline, rng);
            case MEMORY_PRESSURE -> new MemoryPressureScript(catalogue, baseline, rng);
        };
    }
}
