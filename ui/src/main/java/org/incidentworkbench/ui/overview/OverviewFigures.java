package org.incidentworkbench.ui.overview;

import java.util.List;
import org.incidentworkbench.analysis.incidents.Baseline;

/** What the overview shows: the baseline it compares with and its tiles, in display order. */
record OverviewFigures(Baseline baseline, List<OverviewTile> tiles) {

    OverviewFigures {
        tiles = List.copyOf(tiles);
    }
}
