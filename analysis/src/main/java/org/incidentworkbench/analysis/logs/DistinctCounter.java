package org.incidentworkbench.analysis.logs;

import java.util.Arrays;

/**
 * Estimates how many distinct values were seen in bounded memory (K minimum values): it keeps the
 * {@code k} smallest 64-bit hashes; below {@code k} values the count is exact, above it the k-th
 * smallest hash tells how densely the hash space is filled.
 */
final class DistinctCounter {

    private static final int K = 64;

    /** The smallest hashes seen, ascending, in a primitive array: every value passes here, so no boxing or tree. */
    private final long[] smallest = new long[K];
    private int size;

    void add(String value) {
        addHash(mix(value.hashCode() * 0x9E3779B97F4A7C15L + value.length()) >>> 1);
    }

    /** Counts every value {@code other} counted: the k smallest hashes of the two together. */
    void addAll(DistinctCounter other) {
        for (int i = 0; i < other.size; i++) {
            addHash(other.smallest[i]);
        }
    }

    private void addHash(long h) {
        if (size == K && h >= smallest[K - 1]) {
            return;
        }
        int at = Arrays.binarySearch(smallest, 0, size, h);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        int moved = Math.min(size, K - 1) - insert;
        System.arraycopy(smallest, insert, smallest, insert + 1, moved);
        smallest[insert] = h;
        size = Math.min(size + 1, K);
    }

    long estimate() {
        if (size < K) {
            return size;
        }
        double fraction = (double) smallest[K - 1] / Long.MAX_VALUE;
        return Math.round((K - 1) / fraction);
    }

    /** SplitMix64's finaliser: spreads String.hashCode's 32 bits over 64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
