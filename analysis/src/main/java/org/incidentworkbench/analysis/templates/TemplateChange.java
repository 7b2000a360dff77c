package org.incidentworkbench.analysis.templates;

/**
 * A template whose rate differs between the incident and the baseline window more than chance
 * explains: the kind of change, the incident rate over the baseline rate (infinite for a new
 * template, 0 for a gone one), and the test's G statistic and p-value ({@link TemplateDiff}).
 */
public record TemplateChange(TemplateActivity activity, Kind kind, double rateRatio, double score, double pValue) {

    public enum Kind {
        /** Seen in the incident window, never in the baseline. */
        NEW("new"),
        /** At least twice the baseline rate. */
        SURGING("surging"),
        /** At most half the baseline rate. */
        DROPPING("dropping"),
        /** Seen in the baseline, never in the incident window. */
        GONE("gone");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
