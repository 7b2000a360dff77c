package org.incidentworkbench.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.workspace.SectionView;

/**
 * A section that records the focus requests it receives; {@code node} may be null in view-model
 * tests, which never show it.
 */
public final class RecordingSection implements SectionView {

    public final List<String> calls = new ArrayList<>();
    private final Node node;

    public RecordingSection(Node node) {
        this.node = node;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void focusMetric(String service, String metric) {
        calls.add("metric " + service + " " + metric);
    }

    @Override
    public void focusLogs(Set<Severity> severities) {
        calls.add("logs " + severities.stream().sorted().toList());
    }

    @Override
    public void focusLogs(LogQuery query) {
        calls.add("logs " + query);
    }

    @Override
    public void dispose() {
        calls.add("dispose");
    }
}
