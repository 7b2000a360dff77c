package org.incidentworkbench.ui.charts;

/** A change drawn on the time axis: when, what kind, and the text its tooltip shows. */
public record ChartMarker(long atMicros, Kind kind, String title, String detail) {

    public enum Kind { DEPLOYMENT, CONFIG_CHANGE }

    /** The tooltip text: the title, then the detail on its own line when there is one. */
    public String tooltipText() {
        return detail == null || detail.isBlank() ? title : title + "\n" + detail;
    }
}
