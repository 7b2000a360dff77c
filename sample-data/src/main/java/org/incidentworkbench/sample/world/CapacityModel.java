package org.incidentworkbench.sample.world;

import org.incidentworkbench.sample.system.ServiceCatalogue;
import org.incidentworkbench.sample.system.ServiceSpec;

/**
 * How busy each service is and what that costs: requests queue as utilisation nears 1 (latency
 * rises steeply); past 1 a service that serves requests sheds what it cannot serve, while a
 * database, cache or queue just gets slower. CPU follows the work. A pod that has just started is
 * slower for a few minutes (JIT, cold caches).
 */
final class CapacityModel {

    /** Minutes a freshly started pod is slower than a warm one. */
    private static final double WARM_UP_MINUTES = 4;

    private CapacityModel() {
    }

    /** How much longer requests take at utilisation {@code u} than on an idle service. */
    static double queueing(double u) {
        double busy = Math.min(u, 0.97);
        return 1 + 0.12 * busy / (1 - busy);
    }

    /** The share of requests a service past its capacity rejects. */
    static double shed(double u) {
        return u <= 1 ? 0 : Math.min(0.95, 1.1 * (u - 1) / u);
    }

    static void run(WorldInputs in, WorldState w, RolloutSchedule rollouts) {
        ServiceCatalogue catalogue = in.catalogue();
        double[] peak = catalogue.peakRps();
        double[] peakArrivals = catalogue.peakArrivals();
        int edge = catalogue.index(ServiceCatalogue.EDGE_GATEWAY);
        for (int s = 0; s < catalogue.size(); s++) {
            ServiceSpec spec = catalogue.services().get(s);
            double perReplica = peak[s] / (Math.max(1, spec.replicas()) * spec.targetUtilisation());
            double warmPenalty = spec.jvm() ? 0.8 : 0.2;
            for (int i = 0; i < in.timeline().steps(); i++) {
                int replicas = Math.max(1, in.replicas[s][i]);
                double u = w.rps[s][i] / (replicas * perReplica);
                w.utilisation[s][i] = u;
                double warm = 1 + warmPenalty * rollouts.coldShare(s, i, WARM_UP_MINUTES);
                double q = queueing(u) * warm * (spec.servesHttp() ? 1 : Math.max(1, u * u));
                w.selfP50[s][i] = spec.selfP50Ms() * q;
                w.selfP99[s][i] = spec.selfP99Ms() * Math.pow(q, 1.3);
                double shed = spec.servesHttp() ? shed(u) : 0;
                w.ownErrorRatio[s][i] = spec.baseErrorRatio() + shed;
                if (shed > 0) {
                    w.symptomSeries(spec.name(), Symptom.OVERLOAD, "")[i] = w.rps[s][i] * shed;
                }
                if (spec.inCluster()) {
                    double busy = 0.05 + 0.85 * Math.min(u, 1.1);
                    w.cpuCores[s][i] = replicas * spec.coresPerReplica() * busy
                            + rollouts.startingPods(s, i) * spec.coresPerReplica() * 0.8;
                    w.memoryMb[s][i] = replicas * in.memoryLimitMb[s][i] * (0.35 + 0.2 * Math.min(u, 1));
                }
            }
            if (s == edge) {
                rateLimit(in, w, peakArrivals[edge]);
            }
        }
    }

    /** The edge rejects clients that send far more than usual (bots, a refresh storm) with 429s. */
    private static void rateLimit(WorldInputs in, WorldState w, double peakArrivals) {
        int edge = in.catalogue().index(ServiceCatalogue.EDGE_GATEWAY);
        double[] limited = w.symptomSeries(ServiceCatalogue.EDGE_GATEWAY, Symptom.RATE_LIMITED, "");
        for (int i = 0; i < in.timeline().steps(); i++) {
            double usual = peakArrivals * in.load[i];
            limited[i] = 0.002 * w.rps[edge][i] + 0.06 * Math.max(0, in.arrivals[edge][i] - 1.4 * usual);
        }
    }
}
