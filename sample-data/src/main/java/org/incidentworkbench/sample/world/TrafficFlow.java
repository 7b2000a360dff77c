package org.incidentworkbench.sample.world;

import java.util.List;
import org.incidentworkbench.sample.system.Call;
import org.incidentworkbench.sample.system.ServiceCatalogue;

/** Sends the arriving traffic down the calls: each callee handles its callers' share of their requests. */
final class TrafficFlow {

    private TrafficFlow() {
    }

    static void run(WorldInputs in, WorldState w) {
        ServiceCatalogue catalogue = in.catalogue();
        List<Call> calls = catalogue.calls();
        int[] caller = new int[calls.size()];
        int[] callee = new int[calls.size()];
        for (int c = 0; c < calls.size(); c++) {
            caller[c] = catalogue.index(calls.get(c).caller());
            callee[c] = catalogue.index(calls.get(c).callee());
        }
        for (int i = 0; i < in.timeline().steps(); i++) {
            for (int s = 0; s < catalogue.size(); s++) {
                w.rps[s][i] = in.arrivals[s][i];
            }
            for (int c = 0; c < calls.size(); c++) {
                double share = calls.get(c).share() * in.shareFactor[c][i];
                if (calls.get(c).consuming()) {
                    w.rps[caller[c]][i] += w.rps[callee[c]][i] * share;
                } else {
                    w.rps[callee[c]][i] += w.rps[caller[c]][i] * share;
                }
            }
        }
    }
}
