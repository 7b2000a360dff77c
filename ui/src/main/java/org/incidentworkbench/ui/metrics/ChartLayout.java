package org.incidentworkbench.ui.metrics;

/** How several series are shown: on one chart, or one chart each on a shared time axis. */
public enum ChartLayout {
    OVERLAY("Overlay"), SMALL_MULTIPLES("Small multiples");

    private final String title;

    ChartLayout(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
