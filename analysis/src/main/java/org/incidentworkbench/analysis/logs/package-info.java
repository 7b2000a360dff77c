/** Log records, severities, log queries with keyset paging, volume buckets and mined templates. */
package org.incidentworkbench.analysis.logs;
