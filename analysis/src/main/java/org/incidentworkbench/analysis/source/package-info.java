/** The {@link org.incidentworkbench.analysis.source.IncidentSource} port every engine implements, and read cancellation. */
package org.incidentworkbench.analysis.source;
