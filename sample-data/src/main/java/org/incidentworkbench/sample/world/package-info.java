/**
 * A small simulation of the shop, step by step: traffic flows down the calls, busy services queue
 * and shed load, JVM heaps fill and collect, connection pools saturate, and failures and slowness
 * flow back up to the callers. Metrics, logs and traces are all read off the same simulated state,
 * so they agree with each other. Scenarios change only its inputs (traffic, pool sizes, leaks,
 * faults of a dependency), never its outputs.
 */
package org.incidentworkbench.sample.world;
