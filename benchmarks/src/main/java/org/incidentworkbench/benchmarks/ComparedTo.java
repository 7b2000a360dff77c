package org.incidentworkbench.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Judges a benchmark against another one run beside it rather than against a fixed {@link Goal}:
 * the runner prints the ratio of the two figures (below 1.00: this one is faster).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ComparedTo {

    /** The other benchmark, as {@code Class.method}, e.g. {@code SnapshotReadBenchmark.p95SeriesOver24HoursAt1Minute}. */
    String value();

    /** Where the comparison comes from (the issue that asked for it). */
    String source();
}
