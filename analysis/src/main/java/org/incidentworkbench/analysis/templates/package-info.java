/**
 * Log templates over an incident: mining each service's and severity's records into templates
 * ({@link org.incidentworkbench.analysis.templates.TemplateCatalog}), counting them over the
 * incident and baseline windows ({@link org.incidentworkbench.analysis.templates.TemplateAnalysis}),
 * what changed between the two ({@link org.incidentworkbench.analysis.templates.TemplateDiff}) and
 * where errors spiked ({@link org.incidentworkbench.analysis.templates.ErrorSpikes}), and the
 * templates a snapshot stores of all its records ({@link org.incidentworkbench.analysis.templates.StoredTemplates}).
 */
package org.incidentworkbench.analysis.templates;
