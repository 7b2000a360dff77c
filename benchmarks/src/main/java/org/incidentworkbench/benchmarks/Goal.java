package org.incidentworkbench.benchmarks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The target a benchmark must beat, in milliseconds per operation, kept beside the benchmark it judges. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Goal {

    /** The most a single operation may take, in milliseconds. */
    double millis();

    /** Where the target comes from (the issue that set it). */
    String source();
}
