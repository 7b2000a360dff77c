package org.incidentworkbench.sample.scenario;

import static org.incidentworkbench.sample.system.ServiceCatalogue.CHECKOUT;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENTS;
import static org.incidentworkbench.sample.system.ServiceCatalogue.PAYMENT_PROVIDER;
import static org.incidentworkbench.sample.system.ServiceCatalogue.WEB_FRONTEND;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.incidentworkbench.sample.changes.ConfigChangePlan;
import org.incidentworkbench.sample.changes.DeploymentPlan;
import org.incidentworkbench.sample.changes.RoutineCommits;
import org.incidentworkbench.sample.incidents.IncidentPlan;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.world.Envelope;
import org.incidentworkbench.sample.world.WorldInputs;
import org.incidentworkbench.sample.world.WorldState;

/**
 * The external payment provider degrades for about 45 minutes: many authorisations fail with 5xx,
 * the rest are slow or time out. Payments fails and its circuit breaker flaps; checkout fails with
 * it. A payments release earlier in the afternoon (with a retry change) and a storefront release
 * just before the onset are the distractors; nothing in the shop caused it.
 */
final class PaymentProviderOutageScript implements ScenarioScript {

    private static final double OUTAGE_ERROR_RATIO = 0.42;

    private final Instant outage;
    private final DeploymentPlan paymentsRelease;
    private final DeploymentPlan frontendRelease;
    private final ConfigChangePlan breakerTuning;

    PaymentProviderOutageScript(ServiceCatalogue catalogue, BaselineDay baseline, RandomGenerator rng) {
        StoryClock clock = new StoryClock(rng);
        outage = clock.at(14, 20);
        paymentsRelease = DeploymentPlan.release("payments-release", PAYMENTS, clock.at(13, 38), baseline.rollout(PAYMENTS),
                "argo", "argocd", List.of(PaymentsCommits.structuredPspLogging(rng), PaymentsCommits.retryCapturesOnConflict(rng)));
        frontendRelease = DeploymentPlan.release("web-frontend-hotfix", WEB_FRONTEND, clock.at(14, 14), baseline.rollout(WEB_FRONTEND),
                "argo", "argocd", RoutineCommits.forRelease(catalogue.service(WEB_FRONTEND), 1, rng));
        breakerTuning = new ConfigChangePlan("payments-breaker-threshold", PAYMENTS, clock.at(14, 41), "k8s_configmap",
                "configmap_key", "payments-config", "psp.circuit-breaker.failure-rate-threshold", "50", "30",
                "ravi.patel@shop.example");
    }


    @Override
    public List<DeploymentPlan> deployments() {
        return List.of(paymentsRelease, frontendRelease);
    }

    @Override
    public List<ConfigChangePlan> configChanges() {
        return List.of(breakerTuning);
    }

    @Override
    public void shape(WorldInputs in) {
        in.addFaultErrors(PAYMENT_PROVIDER, outage, Envelope.plateau(3, 38, 6, OUTAGE_ERROR_RATIO));
        in.addFaultDelay(PAYMENT_PROVIDER, outage, Envelope.plateau(3, 38, 6, 2600));
    }

    @Override
    public IncidentPlan incident() {
        return new IncidentPlan(CHECKOUT, IncidentPlan.Signal.ERROR_RATIO, 0.05, outage.minus(Duration.ofMinutes(30)),
                outage.plus(Duration.ofMinutes(90)), "error_rate_spike", 1, "open",
                "Checkout failing: error rate at %.0f%%", "approved",
                "5xx ratio above 5% for 2 minutes on checkout; revenue-impacting, paged payments and checkout on-call.", null);
    }

    @Override
    public Cause cause() {
        return new Cause(PAYMENT_PROVIDER, "dependency", null,
                "The external payment provider returned 5xx for many card authorisations and answered the rest slowly "
                        + "or not at all for about 45 minutes. Payments failed with it, and so did checkout.");
    }

    /** The first step at which the provider fails well beyond its usual rate. */
    @Override
    public Instant onset(WorldState world) {
        double usual = world.catalogue().service(PAYMENT_PROVIDER).baseErrorRatio();
        for (int i = world.timeline().index(outage.minus(Duration.ofMinutes(10))); i < world.timeline().steps(); i++) {
            if (world.ownErrorRatio(PAYMENT_PROVIDER, i) > usual + 0.02) {
                return world.timeline().instant(i);
            }
        }
        throw new IllegalStateException("the provider never failed");
    }

    @Override
    public String oncallNote() {
        return "PSP status page: 'Elevated error rates for card authorisations in EU'. Payments circuit breaker keeps "
                + "flapping. Lowered the breaker threshold to fail fast; ticket opened with the provider.";
    }
}
