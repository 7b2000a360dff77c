package org.incidentworkbench.ui.workspace;

import java.util.Set;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;

/** How one section sends the user to another, already focused on what they clicked. */
public interface Navigator {

    void show(Section section);

    /** Whether {@link #show} and the focus requests can reach {@code section} in this workspace. */
    default boolean offers(Section section) {
        return true;
    }

    /** Opens Metrics showing {@code metric} of {@code service} over the incident window. */
    void showMetric(String service, String metric);

    /** Opens Logs filtered to these severities of the incident service over the incident window. */
    void showLogs(Set<Severity> severities);

    /** Opens Logs showing exactly what {@code query} selects, such as one mined template's lines. */
    void showLogs(LogQuery query);
}
