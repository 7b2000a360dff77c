package org.incidentworkbench.analysis.templates;

import java.util.Arrays;

/** When each template (by catalogue number) was first and last seen, in epoch microseconds. */
final class SeenTimes {

    private long[] first = new long[0];
    private long[] last = new long[0];

    void see(int number, long micros) {
        if (number >= first.length) {
            int old = first.length;
            int size = Math.max(64, Math.max(number + 1, 2 * old));
            first = Arrays.copyOf(first, size);
            last = Arrays.copyOf(last, size);
            Arrays.fill(first, old, size, Long.MAX_VALUE);
            Arrays.fill(last, old, size, Long.MIN_VALUE);
        }
        first[number] = Math.min(first[number], micros);
        last[number] = Math.max(last[number], micros);
    }

    long first(int number) {
        return first[number];
    }

    long last(int number) {
        return last[number];
    }
}
