/** Incidents, their trigger decisions, hypotheses, evidence, reports and the append-only feedback events. */
package org.incidentworkbench.analysis.incidents;
