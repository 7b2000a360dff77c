/**
 * Log records, severities, log queries with keyset paging, volume buckets and mined templates: the
 * Drain-style {@link org.incidentworkbench.analysis.logs.TemplateMiner} with its
 * {@link org.incidentworkbench.analysis.logs.TokenMasking}.
 */
package org.incidentworkbench.analysis.logs;
