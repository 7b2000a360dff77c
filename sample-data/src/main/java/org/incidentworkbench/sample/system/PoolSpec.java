package org.incidentworkbench.sample.system;

/**
 * A JDBC connection pool of {@code owner}. {@code usage} of the owner's requests borrow a
 * connection for {@code holdMs}, plus the whole latency of {@code heldAcross} when the code calls
 * that service inside the transaction (null: it does not).
 */
public record PoolSpec(String owner, String name, int perPodMax, double usage, double holdMs, String heldAcross,
                       int connectionTimeoutMs) {
}
