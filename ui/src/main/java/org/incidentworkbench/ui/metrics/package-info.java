/**
 * The Metrics section: pick services' metrics, an aggregation and a bucket width, and read them
 * overlaid or as small multiples on a shared time axis, with the incident window, change markers,
 * zoom, pan and a crosshair. {@link org.incidentworkbench.ui.metrics.MetricsViewModel} holds the
 * state and the reads; {@link org.incidentworkbench.ui.metrics.MetricsSection} is the view.
 */
package org.incidentworkbench.ui.metrics;
