/**
 * The day's change history: deployments with their commit ranges, commits with per-file change
 * types and believable diff hunks, and out-of-band config changes. Scripts describe changes as
 * plans; {@link org.incidentworkbench.sample.changes.ChangeHistory} gives them ids, SHAs and
 * revisions and writes the records.
 */
package org.incidentworkbench.sample.changes;
