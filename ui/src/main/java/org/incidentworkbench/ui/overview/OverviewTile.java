package org.incidentworkbench.ui.overview;

/**
 * One tile of the overview, ready to show: its title, what it measures (a service, a pool), the window's
 * value and unit, how it compares with the baseline, the window's sparkline (empty when there is nothing
 * to draw), whether anything reports it at all, whether it departs clearly from the baseline, and where a
 * click leads.
 */
public record OverviewTile(String title, String caption, String value, String unit, String comparison, double[] sparkline,
                           boolean reported, boolean unusual, ClickThrough target) {
}
