package org.incidentworkbench.sample.metrics;

import java.util.SplittableRandom;
import org.incidentworkbench.analysis.metrics.MetricDescriptor;
import org.incidentworkbench.sample.random.Seeds;
import org.incidentworkbench.sample.timeline.Timeline;
import org.incidentworkbench.sample.world.WorldState;
import org.incidentworkbench.storage.duckdb.SnapshotWriter;
import org.incidentworkbench.storage.json.Json;

/** Writes the metric descriptors and every point of every series, one primitive loop per series. */
public final class MetricWriter {

    private MetricWriter() {
    }

    /** Writes the metrics of {@code world}; returns the number of points written. */
    public static long write(WorldState world, Seeds seeds, SnapshotWriter out) {
        for (MetricDescriptor d : MetricCatalogue.descriptors()) {
            out.addMetricDescriptor(d);
        }
        Timeline timeline = world.timeline();
        long points = 0;
        for (SeriesPlan plan : SeriesCatalogue.of(world)) {
            String labels = Json.fromMap(plan.labels());
            // One stream per series: a series' noise does not depend on which series came before it.
            SplittableRandom rng = seeds.stream("metrics/" + plan.service() + "/" + plan.metric() + "/" + labels);
            for (int i = 0; i < timeline.steps(); i++) {
                out.addMetricPoint(timeline.micros(i), plan.service(), plan.metric(), plan.value().at(i, rng), labels);
            }
            points += timeline.steps();
        }
        return points;
    }
}
