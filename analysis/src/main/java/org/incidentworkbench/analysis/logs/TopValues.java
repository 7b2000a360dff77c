package org.incidentworkbench.analysis.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent values of a stream in bounded memory (Metwally et al.'s Space-Saving): it
 * keeps {@code capacity} counters; a new value when all are taken replaces the smallest and
 * inherits its count as its error. Any value more frequent than {@code lines / capacity} is kept.
 */
final class TopValues {

    private final int capacity;
    private final Map<String, long[]> counters = new HashMap<>();

    TopValues(int capacity) {
        this.capacity = capacity;
    }

    /** Counts {@code value} {@code times} times (a position turning variable brings its constant's count). */
    void add(String value, long times) {
        long[] c = counters.get(value);
        if (c != null) {
            c[0] += times;
            return;
        }
        if (counters.size() < capacity) {
            counters.put(value, new long[] {times, 0});
            return;
        }
        Map.Entry<String, long[]> smallest = null;
        for (Map.Entry<String, long[]> e : counters.entrySet()) {
            if (smallest == null || e.getValue()[0] < smallest.getValue()[0]
                    || e.getValue()[0] == smallest.getValue()[0] && e.getKey().compareTo(smallest.getKey()) > 0) {
                smallest = e;
            }
        }
        long floor = smallest.getValue()[0];
        counters.remove(smallest.getKey());
        counters.put(value, new long[] {floor + times, floor});
    }

    /** Up to {@code n} values, most frequent first, ties by value so the order is stable. */
    List<MinedTemplate.ValueCount> top(int n) {
        List<MinedTemplate.ValueCount> all = new ArrayList<>();
        counters.forEach((v, c) -> all.add(new MinedTemplate.ValueCount(v, c[0], c[1])));
        all.sort(Comparator.comparingLong(MinedTemplate.ValueCount::count).reversed()
                .thenComparing(MinedTemplate.ValueCount::value));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }
}
