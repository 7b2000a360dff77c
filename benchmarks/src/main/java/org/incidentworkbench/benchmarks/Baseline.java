package org.incidentworkbench.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a benchmark that only measures what others are {@link ComparedTo}: it has no goal of its own. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Baseline {

    /** What it measures, for readers of the code. */
    String value();
}
