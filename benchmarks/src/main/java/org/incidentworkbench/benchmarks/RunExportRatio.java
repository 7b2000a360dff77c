package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.incidentworkbench.storage.export.SnapshotManifest;

/**
 * The export against its COPY baseline ({@link ExportScenario}) measured in pairs, one right after
 * the other, in alternating order, and each pair's ratio printed. On these machines the speed of the
 * same work drifts by half within a minute (the hypervisor steals CPU), so JMH timing all shots of
 * one side and then all of the other compares them at different speeds; a pair is timed at one
 * speed. Prints each pair, then the medians. Arguments: warm-up pairs (default 10; the JIT is still
 * compiling the export's paths over the first several), measured pairs (default 15).
 */
public final class RunExportRatio {

    private RunExportRatio() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        try (ExportScenario scenario = ExportScenario.start()) {
            long rows = scenario.export().manifest().tables().values().stream().mapToLong(SnapshotManifest.Table::rows).sum();
            for (int i = 0; i < warmUps; i++) {
                pair(scenario, i);
            }
            List<double[]> measured = new ArrayList<>();
            System.out.printf("%5s %12s %12s %7s%n", "pair", "COPY (ms)", "export (ms)", "ratio");
            for (int i = 0; i < pairs; i++) {
                double[] p = pair(scenario, i);
                measured.add(p);
                System.out.printf(Locale.ROOT, "%5d %12.0f %12.0f %7.2f%n", i + 1, p[0], p[1], p[1] / p[0]);
            }
            double copy = median(measured.stream().mapToDouble(p -> p[0]).toArray());
            double export = median(measured.stream().mapToDouble(p -> p[1]).toArray());
            double[] ratios = measured.stream().mapToDouble(p -> p[1] / p[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "medians: COPY %.0f ms, export %.0f ms (%,.0f rows/s); ratio median %.2f"
                    + " (pairs %.2f to %.2f), target 2%n", copy, export, rows / export * 1000, median(ratios),
                    ratios[0], ratios[ratios.length - 1]);
        }
    }

    /** {COPY ms, export ms}, the one going first alternating with {@code i}. */
    private static double[] pair(ExportScenario scenario, int i) throws SQLException {
        double[] ms = new double[2];
        for (int side : i % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
            long t = System.nanoTime();
            if (side == 0) {
                scenario.copy();
            } else {
                scenario.export();
            }
            ms[side] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
