package org.incidentworkbench.sample.system;

import org.incidentworkbench.analysis.topology.ServiceKind;

/**
 * One service of the shop and the numbers its signals are computed from.
 *
 * @param replicas          pods at the start of the window (an external service has none)
 * @param targetUtilisation how busy it is at the daily peak; sizes its capacity
 * @param selfP50Ms         median time spent in the service itself, excluding its calls
 * @param selfP99Ms         99th percentile of that time
 * @param baseErrorRatio    share of requests that fail on a good day
 * @param coresPerReplica   CPU cores one pod uses when fully busy
 * @param memoryLimitMb     memory limit of one pod
 * @param jvm               whether it runs on the JVM (reports GC pauses, can run out of heap)
 */
public record ServiceSpec(String name, ServiceKind kind, String cluster, String namespace, String team,
                          int replicas, double targetUtilisation, double selfP50Ms, double selfP99Ms,
                          double baseErrorRatio, double coresPerReplica, int memoryLimitMb, boolean jvm) {

    /** Whether it serves requests and so reports request rate, error ratio and latency. */
    public boolean servesHttp() {
        return switch (kind) {
            case EDGE, FRONTEND, API, EXTERNAL -> true;
            default -> false;
        };
    }

    /** Whether it runs in the cluster (an external provider reports no CPU, memory or restarts). */
    public boolean inCluster() {
        return kind != ServiceKind.EXTERNAL;
    }
}
