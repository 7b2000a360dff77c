/** Metric descriptors, raw points, bucketed series, aggregations and value histograms. */
package org.incidentworkbench.analysis.metrics;
