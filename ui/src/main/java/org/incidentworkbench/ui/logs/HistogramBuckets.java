package org.incidentworkbench.ui.logs;

import java.time.Duration;
import org.incidentworkbench.analysis.time.NiceTimeSteps;
import org.incidentworkbench.analysis.time.TimeRange;

/** Picks a nice bucket width that cuts a range into at most about {@link #TARGET_BUCKETS} bars. */
final class HistogramBuckets {

    /** Enough bars to see a spike's shape, few enough that each stays a few pixels wide. */
    static final int TARGET_BUCKETS = 120;

    private HistogramBuckets() {
    }

    static Duration widthFor(TimeRange range) {
        return NiceTimeSteps.cutting(range.duration(), TARGET_BUCKETS);
    }
}
