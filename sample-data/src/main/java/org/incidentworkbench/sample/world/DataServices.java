package org.incidentworkbench.sample.world;

import java.util.List;
import org.incidentworkbench.sample.system.ServiceCatalogue;

/**
 * The cache's hit ratios, the queue consumers' lag and the batch job's progress. Hit ratios are
 * best at busy hours (hot keys stay cached) and dip while the catalog's pods warm up; lag jumps
 * when the consumer group rebalances or the consumers fail, then drains.
 */
public final class DataServices {

    public static final List<String> TOPICS = List.of("order-events", "payment-events", "notification-requests");
    public static final List<String> KEYSPACES = List.of("product", "cart", "session");
    private static final double[] HIT_RATIO = {0.94, 0.975, 0.992};
    /** Seconds of lag a rebalance adds, and how fast lag drains (per second). */
    private static final double REBALANCE_LAG_SECONDS = 45;
    private static final double DRAIN_PER_SECOND = 1 / 90.0;
    private static final double LAG_WORTH_LOGGING_SECONDS = 15;
    /** Below this share of its usual pace the batch job counts as idle. */
    private static final double BATCH_IDLE = 0.01;

    private DataServices() {
    }

    static void run(WorldInputs in, WorldState w, RolloutSchedule rollouts) {
        ServiceCatalogue catalogue = in.catalogue();
        int catalog = catalogue.index(ServiceCatalogue.CATALOG);
        int consumer = catalogue.index(ServiceCatalogue.NOTIFICATIONS);
        double keep = Math.exp(-in.timeline().stepSeconds() * DRAIN_PER_SECOND);
        for (int t = 0; t < TOPICS.size(); t++) {
            double[] rebalances = w.symptom(ServiceCatalogue.NOTIFICATIONS, Symptom.REBALANCE, TOPICS.get(t));
            double backlog = 0;
            for (int i = 0; i < in.timeline().steps(); i++) {
                backlog = backlog * keep + rebalances[i] * REBALANCE_LAG_SECONDS
                        + 60 * w.ownErrorRatio[consumer][i] * in.timeline().stepSeconds() / 10;
                double lag = 0.4 + 0.8 * Math.min(w.utilisation[consumer][i], 1.5) + backlog;
                w.consumerLagSeconds[t][i] = lag;
                if (lag > LAG_WORTH_LOGGING_SECONDS) {
                    w.symptomSeries(ServiceCatalogue.NOTIFICATIONS, Symptom.CONSUMER_LAG, TOPICS.get(t))[i] = 1 / 20.0;
                }
            }
        }
        int batch = catalogue.index(ServiceCatalogue.RECONCILIATION_BATCH);
        double[] running = w.symptomSeries(ServiceCatalogue.RECONCILIATION_BATCH, Symptom.BATCH_RUNNING, "");
        double[] starts = w.symptomSeries(ServiceCatalogue.RECONCILIATION_BATCH, Symptom.BATCH_START, "");
        double[] finishes = w.symptomSeries(ServiceCatalogue.RECONCILIATION_BATCH, Symptom.BATCH_FINISH, "");
        for (int i = 0; i < in.timeline().steps(); i++) {
            running[i] = w.rps[batch][i] / ServiceCatalogue.BATCH_RECORDS_PER_SECOND;
            boolean now = running[i] > BATCH_IDLE;
            boolean before = i > 0 && running[i - 1] > BATCH_IDLE;
            starts[i] = now && !before ? 1 : 0;
            finishes[i] = before && !now ? 1 : 0;
        }
        for (int k = 0; k < KEYSPACES.size(); k++) {
            for (int i = 0; i < in.timeline().steps(); i++) {
                double cold = k == 0 ? 0.15 * rollouts.coldShare(catalog, i, 10) : 0;
                w.cacheHitRatio[k][i] = HIT_RATIO[k] - 0.015 * (1 - Math.min(1, in.load[i])) - cold;
            }
        }
    }
}
