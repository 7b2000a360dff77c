package org.incidentworkbench.analysis.logs;

import java.util.TreeSet;

/**
 * Estimates how many distinct values were seen in bounded memory (K minimum values): it keeps the
 * {@code k} smallest 64-bit hashes; below {@code k} values the count is exact, above it the k-th
 * smallest hash tells how densely the hash space is filled.
 */
final class DistinctCounter {

    private static final int K = 64;

    private final TreeSet<Long> smallest = new TreeSet<>();

    void add(String value) {
        addHash(mix(value.hashCode() * 0x9E3779B97F4A7C15L + value.length()) >>> 1);
    }

    /** Counts every value {@code other} counted: the k smallest hashes of the two together. */
    void addAll(DistinctCounter other) {
        other.smallest.forEach(this::addHash);
    }

    private void addHash(long h) {
        if (smallest.size() < K) {
            smallest.add(h);
        } else if (h < smallest.last() && smallest.add(h)) {
            smallest.pollLast();
        }
    }

    long estimate() {
        if (smallest.size() < K) {
            return smallest.size();
        }
        double fraction = (double) smallest.last() / Long.MAX_VALUE;
        return Math.round((K - 1) / fraction);
    }

    /** SplitMix64's finaliser: spreads String.hashCode's 32 bits over 64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
