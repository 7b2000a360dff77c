package org.incidentworkbench.sample.world;

/**
 * A connection pool under demand (Little's law: requests per second times seconds each holds a
 * connection). Below its size requests barely wait; near it they queue; past it most wait for the
 * whole connection timeout and a growing share fail.
 */
final class PoolModel {

    private PoolModel() {
    }

    /** Connections wanted at once by {@code rps} requests, each holding one for {@code holdMs}. */
    static double demand(double rps, double holdMs) {
        return rps * holdMs / 1000;
    }

    /** How long a request waits for a connection, in ms, when demand is {@code ratio} times the pool size. */
    static double waitMs(double ratio, double connectionTimeoutMs) {
        if (ratio < 0.6) {
            return 0.05;
        }
        if (ratio < 1) {
            double x = (ratio - 0.6) / 0.4;
            return 0.05 + 60 * x * x * x;
        }
        return Math.min(connectionTimeoutMs, 60 + connectionTimeoutMs * Math.min(1, (ratio - 1) * 3));
    }

    /** The share of requests that give up waiting for a connection. */
    static double timeoutShare(double ratio) {
        return ratio <= 1 ? 0 : Math.min(0.9, 1.6 * (1 - 1 / ratio));
    }
}
