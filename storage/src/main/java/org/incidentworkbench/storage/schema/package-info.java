/**
 * The incident evidence schema: its version, its tables, its DDL for each engine, and the canonical
 * relations (columns and types) the reads use.
 */
package org.incidentworkbench.storage.schema;
