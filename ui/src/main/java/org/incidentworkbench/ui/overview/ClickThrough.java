package org.incidentworkbench.ui.overview;

import java.util.Set;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.workspace.Navigator;
import org.incidentworkbench.ui.workspace.Section;

/** Where clicking a tile takes the user: the section that shows the tile's figure in full. */
public sealed interface ClickThrough {

    void go(Navigator navigator);

    /** The section this leads to, so a tile whose section the workspace lacks is not offered as a link. */
    Section section();

    record ToMetric(String service, String metric) implements ClickThrough {
        @Override
        public void go(Navigator navigator) {
            navigator.showMetric(service, metric);
        }

        @Override
        public Section section() {
            return Section.METRICS;
        }
    }

    record ToLogs(Set<Severity> severities) implements ClickThrough {
        public ToLogs {
            severities = Set.copyOf(severities);
        }

        @Override
        public void go(Navigator navigator) {
            navigator.showLogs(severities);
        }

        @Override
        public Section section() {
            return Section.LOGS;
        }
    }

    record ToSection(Section section) implements ClickThrough {
        @Override
        public void go(Navigator navigator) {
            navigator.show(section);
        }
    }
}
