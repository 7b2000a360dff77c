package org.incidentworkbench.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import org.incidentworkbench.analysis.metrics.Lttb;
import org.incidentworkbench.analysis.time.Micros;
import org.incidentworkbench.analysis.time.TimeRange;
import org.incidentworkbench.ui.charts.PlotSeries;
import org.incidentworkbench.ui.charts.TimeSeriesChart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A metrics chart over a series of 1,000,000 raw points: LTTB down to the chart's point budget,
 * then the Metrics section's Canvas chart drawn and rasterised (a snapshot, so the pixels are
 * really produced) on the headless JavaFX toolkit (Monocle, software pipeline), as in the UI tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChartRenderBenchmark {

    private static final int POINTS = 1_000_000;
    private static final int WIDTH = 1_200;
    private static final int HEIGHT = 400;
    /** The Metrics view model's budget for this chart's 1,124-pixel plot: two points per pixel, in steps of 500. */
    private static final int BUDGET = 2_500;
    /** One raw point every 86.4 ms: a million of them span a day. */
    private static final long STEP_MICROS = 86_400;
    private static final long START_MICROS = Micros.of(Instant.parse("2026-05-14T00:00:00Z"));

    private long[] times;
    private double[] values;
    private TimeSeriesChart chart;
    private WritableImage image;
    private int colour;

    @Setup(Level.Trial)
    public void startToolkitAndGenerate() throws Exception {
        HeadlessToolkit.start();
        generate();
        chart = HeadlessToolkit.onFx(() -> {
            TimeSeriesChart c = new TimeSeriesChart();
            c.visibleRangeProperty().set(new TimeRange(Micros.toInstant(START_MICROS),
                    Micros.toInstant(START_MICROS + POINTS * STEP_MICROS)));
            c.shadedWindowProperty().set(new TimeRange(Micros.toInstant(START_MICROS + 40_000_000_000L),
                    Micros.toInstant(START_MICROS + 48_000_000_000L)));
            c.resize(WIDTH, HEIGHT);
            c.layout();
            return c;
        });
        image = new WritableImage(WIDTH, HEIGHT);
        renderOneMillionPointChart();
        if (HeadlessToolkit.onFx(() -> chart.plotArea().isEmpty())) {
            throw new IllegalStateException("the chart drew no plot: the figures would time an empty canvas");
        }
    }

    /** A latency-like random walk with a level shift and rare spikes, seeded so every run draws the same. */
    private void generate() {
        SplittableRandom random = new SplittableRandom(20_260_514);
        times = new long[POINTS];
        values = new double[POINTS];
        double level = 300;
        for (int i = 0; i < POINTS; i++) {
            times[i] = START_MICROS + i * STEP_MICROS;
            level += random.nextGaussian() * 2 - (level - (i > 460_000 && i < 560_000 ? 900 : 300)) * 0.001;
            values[i] = Math.max(0, level + random.nextGaussian() * 25 + (random.nextInt(20_000) == 0 ? 3_000 : 0));
        }
    }

    @Benchmark
    @Goal(millis = 200, source = "issue 3: render a chart over a series of 1,000,000 raw points under 200 ms")
    public WritableImage renderOneMillionPointChart() throws Exception {
        PlotSeries series = PlotSeries.downsampled("http_latency_p99_ms", "ms", colour++ % 2, times, values, BUDGET);
        return HeadlessToolkit.onFx(() -> {
            chart.seriesProperty().set(List.of(series));
            return chart.snapshot(null, image);
        });
    }

    @Benchmark
    @Goal(millis = 50, source = "issue 3 (this benchmark): LTTB's share of the 200 ms render, set here")
    public int[] lttbOneMillionToThePointBudget() {
        return Lttb.select(times, values, BUDGET);
    }

}
