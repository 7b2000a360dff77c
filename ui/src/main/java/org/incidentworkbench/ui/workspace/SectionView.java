package org.incidentworkbench.ui.workspace;

import java.util.Set;
import javafx.scene.Node;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;

/**
 * One section of a workspace as the workspace sees it: the node to show, and the focus requests
 * other sections send through the {@link Navigator}. A section ignores requests it has no use for.
 */
public interface SectionView {

    Node node();

    /** Show {@code metric} of {@code service} over the incident window. */
    default void focusMetric(String service, String metric) {
    }

    /** Show the incident service's records of these severities over the incident window. */
    default void focusLogs(Set<Severity> severities) {
    }

    /** Show exactly the records {@code query} selects, other filters cleared. */
    default void focusLogs(LogQuery query) {
    }

    /** The workspace is closing: cancel what still runs. */
    default void dispose() {
    }
}
