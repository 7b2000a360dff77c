package org.incidentworkbench.sample.changes;

import java.time.Instant;

/**
 * An out-of-band change to be: {@code service} null when cluster-wide; {@code field},
 * {@code oldValue} and {@code newValue} become its diff payload. Kinds and sources are those of
 * the schema (e.g. replica_count from k8s_deployment, configmap_key from k8s_configmap).
 */
public record ConfigChangePlan(String key, String service, Instant at, String source, String changeKind,
                               String resourceName, String field, String oldValue, String newValue, String actor) {

    public static final String HPA = "system:serviceaccount:kube-system:horizontal-pod-autoscaler";

    /** The autoscaler changing {@code service}'s replicas. */
    public static ConfigChangePlan scale(String key, String service, Instant at, int from, int to) {
        return new ConfigChangePlan(key, service, at, "k8s_deployment", "replica_count", service, "spec.replicas",
                Integer.toString(from), Integer.toString(to), HPA);
    }
}
