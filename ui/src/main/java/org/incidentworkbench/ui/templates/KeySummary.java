package org.incidentworkbench.ui.templates;

import org.incidentworkbench.analysis.templates.TemplateKey;

/** One service and severity of the templates browser: its lines in the incident window and how many templates they make. */
public record KeySummary(TemplateKey key, long lines, int templates) {
}
