/**
 * A fast Canvas time-series chart for hundreds of thousands of buckets: nice time and value ticks,
 * an incident window shaded, change markers, a crosshair readout, drag-to-zoom and pan. The pure
 * parts (ticks, number formats, the series model) are tested without a toolkit.
 */
package org.incidentworkbench.ui.charts;
