/**
 * Saturation: what is running out around an incident. Resources (connection pools, database
 * connections, queues, CPU) of the incident service and of what it depends on, read as a share of
 * their capacity where the source records one, and the most saturated of them picked.
 */
package org.incidentworkbench.analysis.saturation;
