/**
 * JMH benchmarks of the speed targets the issues set, and {@link org.incidentworkbench.benchmarks.RunBenchmarks},
 * which runs them and prints each figure against its target as a ratio.
 */
package org.incidentworkbench.benchmarks;
