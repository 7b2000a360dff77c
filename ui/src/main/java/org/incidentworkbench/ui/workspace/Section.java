package org.incidentworkbench.ui.workspace;

/** The sections of a workspace, in navigation order. Every section listed here works. */
public enum Section {
    OVERVIEW("Overview"), METRICS("Metrics"), LOGS("Logs"), TEMPLATES("What changed in the logs"), NOTES("Notes");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
