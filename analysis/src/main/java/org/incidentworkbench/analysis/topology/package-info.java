/** Services and the edges between them. */
package org.incidentworkbench.analysis.topology;
