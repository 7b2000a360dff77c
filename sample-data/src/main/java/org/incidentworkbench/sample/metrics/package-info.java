/**
 * Metrics read off the simulated shop: which series each service reports (with sparing labels:
 * pool, route class, keyspace, topic, channel), their descriptors, and measurement noise, written
 * point by point with primitive loops.
 */
package org.incidentworkbench.sample.metrics;
