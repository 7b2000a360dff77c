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
 * The counters form a min-heap, because a many-valued position (an id) evicts on nearly every
 * line: finding the smallest must not mean scanning them all.
 */
final class TopValues {

    /** One counter; it knows its place in the heap so that moving it does not touch the map. */
    private static final class Counter {
        String value;
        long error;
        long count;
        int slot;

        Counter(String value, long count, long error) {
            this.value = value;
            this.count = count;
            this.error = error;
        }
    }

    private final Map<String, Counter> byValue = new HashMap<>();
    private final Counter[] heap;
    private int size;

    TopValues(int capacity) {
        this.heap = new Counter[capacity];
    }

    /** Counts {@code value} {@code times} times (a position turning variable brings its constant's count). */
    void add(String value, long times) {
        add(value, times, 0);
    }

    /** Adds every counter of {@code other} (the values of templates joined into one), errors included. */
    void addAll(TopValues other) {
        for (int i = 0; i < other.size; i++) {
            add(other.heap[i].value, other.heap[i].count, other.heap[i].error);
        }
    }

    private void add(String value, long times, long error) {
        Counter c = byValue.get(value);
        if (c != null) {
            c.count += times;
            c.error += error;
            siftDown(c.slot);
        } else if (size < heap.length) {
            place(new Counter(value, times, error), size);
            siftUp(size++);
        } else {
            // The smallest counter takes the new value: a many-valued position evicts on nearly
            // every line, and reusing the counter spares an allocation each time.
            Counter smallest = heap[0];
            byValue.remove(smallest.value);
            smallest.value = value;
            smallest.error = smallest.count + error;
            smallest.count += times;
            byValue.put(value, smallest);
            siftDown(0);
        }
    }

    /** Up to {@code n} values, most frequent first, ties by value so the order is stable. */
    List<MinedTemplate.ValueCount> top(int n) {
        List<MinedTemplate.ValueCount> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(new MinedTemplate.ValueCount(heap[i].value, heap[i].count, heap[i].error));
        }
        all.sort(Comparator.comparingLong(MinedTemplate.ValueCount::count).reversed()
                .thenComparing(MinedTemplate.ValueCount::value));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    private void place(Counter c, int slot) {
        heap[slot] = c;
        c.slot = slot;
        byValue.put(c.value, c);
    }

    /** The heap's order: the smallest count first (which of equal ones goes is up to the heap: still deterministic). */
    private boolean before(int a, int b) {
        return heap[a].count < heap[b].count;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!before(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            if (left < size && before(left, smallest)) {
                smallest = left;
            }
            if (left + 1 < size && before(left + 1, smallest)) {
                smallest = left + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        Counter c = heap[a];
        heap[a] = heap[b];
        heap[b] = c;
        heap[a].slot = a;
        heap[b].slot = b;
    }
}
