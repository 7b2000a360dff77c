package org.incidentworkbench.ui.overview;

import java.util.Set;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.workspace.Navigator;
import org.incidentworkbench.ui.workspace.Section;

/** A workspace with nowhere to go, for tests that never click a tile. */
final class NoNavigation implements Navigator {

    @Override
    public void show(Section section) {
    }

    @Override
    public void showMetric(String service, String metric) {
    }

    @Override
    public void showLogs(Set<Severity> severities) {
    }

    @Override
    public void showLogs(LogQuery query) {
    }
}
