package org.incidentworkbench.ui.testing;

import java.util.Set;
import org.incidentworkbench.analysis.logs.LogQuery;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.workspace.Navigator;
import org.incidentworkbench.ui.workspace.Section;

/** A navigator for a section tested on its own: it has nowhere to go (a test may record where it was sent). */
public class NoNavigation implements Navigator {

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
