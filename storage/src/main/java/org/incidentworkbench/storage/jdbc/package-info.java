/**
 * What the SQL engines share: reading typed values and domain records from result rows, so the
 * DuckDB and PostgreSQL engines, which select the same columns under the same names, map them
 * with one piece of code.
 */
package org.incidentworkbench.storage.jdbc;
