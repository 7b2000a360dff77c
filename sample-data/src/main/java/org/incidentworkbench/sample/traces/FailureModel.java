package org.incidentworkbench.sample.traces;

import java.util.List;
import java.util.Map;
import org.incidentworkbench.sample.system.PoolSpec;
import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;
import org.incidentworkbench.sample.world.Symptom;
import org.incidentworkbench.sample.world.WorldState;

/**
 * Where in a trace a failure starts, read off the simulated world: a pool that times out fails
 * the connection borrow, a failing provider fails the call to it, and whatever else a service
 * fails on its own fails its server span, in the way the service is failing at that moment.
 * Computed once per step for every service and pool, since traces ask for it constantly.
 */
final class FailureModel {

    /** How a service is failing at a step. */
    enum Mode {
        /** An unexpected exception: 500. */
        ERROR,
        /** Past its capacity, it rejects requests quickly: 503. */
        OVERLOAD,
        /** Stuck in GC, it answers far too late. */
        STALLED,
        /** Its pod was just OOM-killed: the connection is refused. */
        UNAVAILABLE
    }

    /** Steps after an OOM kill during which the pod does not accept connections. */
    private static final int RESTART_STEPS = 4;

    private final WorldState world;
    private final double[][] ownFailure;
    private final Mode[][] mode;
    private final double[][] poolFailure;

    FailureModel(WorldState world) {
        this.world = world;
        ServiceCatalogue catalogue = world.catalogue();
        int steps = world.timeline().steps();
        ownFailure = new double[catalogue.size()][steps];
        mode = new Mode[catalogue.size()][steps];
        for (ServiceSpec s : catalogue.services()) {
            int index = catalogue.index(s.name());
            for (int i = 0; i < steps; i++) {
                ownFailure[index][i] = Math.max(0, world.ownErrorRatio(s.name(), i) - poolTimeouts(s.name(), i));
                mode[index][i] = classify(s.name(), i);
            }
        }
        List<PoolSpec> pools = catalogue.pools();
        poolFailure = new double[pools.size()][steps];
        for (int p = 0; p < pools.size(); p++) {
            PoolSpec spec = pools.get(p);
            double[] timeouts = world.symptom(spec.owner(), Symptom.POOL_TIMEOUT, spec.name());
            for (int i = 0; i < steps; i++) {
                double borrowing = world.rps(spec.owner(), i) * spec.usage();
                poolFailure[p][i] = borrowing <= 0 ? 0 : Math.min(1, timeouts[i] / borrowing);
            }
        }
    }

    /** The chance that {@code hop} itself fails at {@code step}. */
    double probability(Hop hop, int step) {
        ServiceCatalogue catalogue = world.catalogue();
        return switch (hop.kind()) {
            case SERVER, DB, CACHE, EXTERNAL -> ownFailure[catalogue.index(hop.service())][step];
            case POOL -> poolFailure[catalogue.poolIndex(hop.pool())][step];
            case PRODUCE, CONSUME -> 0;
        };
    }

    Mode mode(String service, int step) {
        return mode[world.catalogue().index(service)][step];
    }

    private Mode classify(String service, int step) {
        double[] kills = world.symptom(service, Symptom.OOM_KILL, "");
        for (int back = 0; back <= RESTART_STEPS && back <= step; back++) {
            if (kills[step - back] > 0) {
                return Mode.UNAVAILABLE;
            }
        }
        if (world.symptom(service, Symptom.OVERLOAD, "")[step] > 0) {
            return Mode.OVERLOAD;
        }
        if (world.symptom(service, Symptom.GC_PRESSURE, "")[step] > 0) {
            return Mode.STALLED;
        }
        return Mode.ERROR;
    }

    /** The share of a service's requests that fail waiting for any of its pools. */
    private double poolTimeouts(String service, int step) {
        double rps = world.rps(service, step);
        if (rps <= 0) {
            return 0;
        }
        double timeouts = 0;
        for (Map.Entry<String, double[]> e : world.symptoms(service, Symptom.POOL_TIMEOUT)) {
            timeouts += e.getValue()[step];
        }
        return timeouts / rps;
    }
}
