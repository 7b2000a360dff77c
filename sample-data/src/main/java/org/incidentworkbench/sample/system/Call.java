package org.incidentworkbench.sample.system;

/**
 * A dependency of {@code caller} on {@code callee}: for {@code share} of the caller's requests it
 * makes this call, giving up after {@code timeoutMs}. Relations are those of the topology table
 * (calls, reads_from, writes_to, publishes_to, consumes_from); only consumes_from is asynchronous.
 */
public record Call(String caller, String callee, String relation, double share, int timeoutMs, String operation) {

    /** Whether the caller waits for the callee, so the callee's failures and slowness reach it. */
    public boolean synchronous() {
        return !consuming() && !"publishes_to".equals(relation);
    }

    /** Whether the caller pulls work from the callee (a consumer reading a queue) rather than sending it. */
    public boolean consuming() {
        return "consumes_from".equals(relation);
    }
}
