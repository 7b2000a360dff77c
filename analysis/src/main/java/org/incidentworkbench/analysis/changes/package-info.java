/** What changed: deployments, out-of-band config changes, commits and their files. */
package org.incidentworkbench.analysis.changes;
