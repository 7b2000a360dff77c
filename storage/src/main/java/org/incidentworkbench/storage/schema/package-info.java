/** The incident evidence schema: its version, its tables and their columns, and its DDL for each engine. */
package org.incidentworkbench.storage.schema;
