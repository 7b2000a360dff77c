package org.incidentworkbench.analysis.incidents;

import org.incidentworkbench.analysis.time.TimeRange;

/** The window an incident window is compared with, and which kind of window it is. */
public record Baseline(Kind kind, TimeRange range) {

    public enum Kind {
        /** The same time of day, one day earlier: the same daily load, when the data reaches that far back. */
        DAY_BEFORE("the same window a day earlier"),
        /** The hour just before the incident window. */
        HOUR_BEFORE("the hour before"),
        /** A window the user named. */
        CHOSEN("the chosen baseline");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
