/**
 * A fast Canvas time-series chart for hundreds of thousands of buckets: nice time and value ticks,
 * an incident window shaded, change markers, a crosshair readout, drag-to-zoom and pan. The pure
 * parts (value ticks, number formats, the series model) are tested without a toolkit; time ticks
 * come from {@code analysis.time}, and {@link org.incidentworkbench.ui.charts.TimeAxis} spaces
 * them for every time axis, the Logs histogram's too.
 */
package org.incidentworkbench.ui.charts;
