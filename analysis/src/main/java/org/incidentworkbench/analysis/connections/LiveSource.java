package org.incidentworkbench.analysis.connections;

import org.incidentworkbench.analysis.source.IncidentSource;

/** A database opened as a source, with what its test found (the status bar shows whether it is encrypted). */
public record LiveSource(IncidentSource source, ConnectionCheck check) {
}
