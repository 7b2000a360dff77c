/** Spans and trace summaries. */
package org.incidentworkbench.analysis.traces;
