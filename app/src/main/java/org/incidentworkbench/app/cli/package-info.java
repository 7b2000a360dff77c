/**
 * The {@code workbench} command line: one class per command (picocli), the output formats every
 * listing supports (aligned table, RFC 4180 CSV, JSON) and the plain one-line error reporting.
 * Commands read through {@link org.incidentworkbench.analysis.source.IncidentSource}; anything
 * analytical lives in {@code analysis}, the commands only ask and print.
 */
package org.incidentworkbench.app.cli;
