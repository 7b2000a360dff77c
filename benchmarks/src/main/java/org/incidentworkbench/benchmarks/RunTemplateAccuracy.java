package org.incidentworkbench.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.TemplateMiner;

/**
 * Scores the template miner, with its default settings, on every Loghub-2k set under the folder
 * given as the first argument (default {@code ../shared/eval/logparse/data}) against the corrected
 * labels, and prints GA, PA and FGA per set beside Drain3's figures. The miner sees each line's
 * {@code Content} column, the message after its header fields, as the benchmark defines it.
 */
public final class RunTemplateAccuracy {

    /** Drain3 0.9.11 on the corrected labels: GA, PA, FGA (from the data's README). */
    private static final Map<String, double[]> DRAIN3 = new LinkedHashMap<>();

    static {
        DRAIN3.put("HDFS", new double[] {0.998, 0.626, 0.867});
        DRAIN3.put("Spark", new double[] {0.920, 0.382, 0.769});
        DRAIN3.put("Zookeeper", new double[] {0.967, 0.497, 0.854});
        DRAIN3.put("HPC", new double[] {0.887, 0.636, 0.753});
        DRAIN3.put("Thunderbird", new double[] {0.955, 0.047, 0.773});
        DRAIN3.put("Linux", new double[] {0.876, 0.172, 0.947});
        DRAIN3.put("HealthApp", new double[] {0.780, 0.231, 0.351});
        DRAIN3.put("Proxifier", new double[] {0.527, 0.504, 0.538});
    }

    private RunTemplateAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/logparse/data");
        System.out.printf("%-12s %6s %6s %6s   %9s %9s %9s%n", "set", "GA", "PA", "FGA", "Drain3 GA", "Drain3 PA", "Drain3 FGA");
        double[] sum = new double[6];
        for (Map.Entry<String, double[]> set : DRAIN3.entrySet()) {
            String name = set.getKey();
            List<CSVRecord> rows = readCsv(data.resolve(name).resolve(name + "_2k.log_structured_corrected.csv"));
            TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
            List<String> truth = new ArrayList<>();
            List<Integer> assigned = new ArrayList<>();
            for (CSVRecord row : rows) {
                truth.add(row.get("EventTemplate"));
                assigned.add(miner.add(row.get("Content")));
            }
            // A line's template is the one its template became by the end, as Drain3 reports it.
            List<String> predicted = assigned.stream().map(miner::templateText).toList();
            TemplateAccuracy a = TemplateAccuracy.score(truth, predicted);
            double[] d = set.getValue();
            System.out.printf(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f   %9.3f %9.3f %9.3f%n", name, a.ga(), a.pa(), a.fga(), d[0], d[1], d[2]);
            double[] row = {a.ga(), a.pa(), a.fga(), d[0], d[1], d[2]};
            for (int i = 0; i < row.length; i++) {
                sum[i] += row[i];
            }
        }
        int n = DRAIN3.size();
        System.out.printf(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f   %9.3f %9.3f %9.3f%n", "average",
                sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n);
    }

    /** The corrected labels: RFC 4180 CSV with a header row, read by Commons CSV. */
    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
