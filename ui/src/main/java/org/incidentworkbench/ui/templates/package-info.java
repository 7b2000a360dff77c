/**
 * "What changed in the logs": the incident's log templates mined against a baseline
 * ({@link org.incidentworkbench.ui.templates.TemplateReports}, one computation per workspace), shown as an
 * error-spike chart, the ranked template diff and a browser of every template per service and severity,
 * each template a click away from its lines in Logs.
 */
package org.incidentworkbench.ui.templates;
