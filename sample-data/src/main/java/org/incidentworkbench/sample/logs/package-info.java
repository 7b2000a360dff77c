/**
 * Log lines read off the simulated shop: a catalogue of message families (access lines, slow
 * queries, pool timeouts, GC warnings, retries, circuit breakers, OOM kills, PSP errors, batch
 * noise...) with variable parts, emitted at rates driven by each service's traffic, errors and
 * symptoms, plus lines written inside sampled traces. Ids follow global time order.
 */
package org.incidentworkbench.sample.logs;
