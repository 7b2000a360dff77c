/**
 * The incident evidence schema: its version, its tables, its DDL for each engine with the columns it
 * declares, and the canonical relations (columns and types) the reads use.
 */
package org.incidentworkbench.storage.schema;
