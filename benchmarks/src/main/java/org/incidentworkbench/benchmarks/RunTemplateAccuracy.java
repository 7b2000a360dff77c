package org.incidentworkbench.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.TemplateMiner;

/**
 * Scores the template miner, with its default settings, on every Loghub-style set under the folder
 * given as the first argument (default {@code ../shared/eval/logparse/data}): each sub-folder
 * {@code D} with a {@code settings.json} (its {@code log_format}) and labels, the corrected ones
 * ({@code D_2k.log_structured_corrected.csv}) when present, else the original Loghub-2k ones
 * ({@code D_2k.log_structured.csv}). The miner sees each line's message, the part the format names
 * {@code <Content>}, cut from the raw log {@code D_2k.log} when there is one, else the labels'
 * {@code Content} column. Prints GA, PA and FGA per set beside a Drain reference: Drain3's figures
 * on the corrected labels from the development data's README, or the {@code drain_ga} a set's
 * settings.json gives (logparser's Drain, per-set tuned, on the original labels).
 */
public final class RunTemplateAccuracy {

    /** Drain3 0.9.11 on the corrected labels: GA, PA, FGA (from the development data's README). */
    private static final Map<String, double[]> DRAIN3 = Map.of(
            "HDFS", new double[] {0.998, 0.626, 0.867},
            "Spark", new double[] {0.920, 0.382, 0.769},
            "Zookeeper", new double[] {0.967, 0.497, 0.854},
            "HPC", new double[] {0.887, 0.636, 0.753},
            "Thunderbird", new double[] {0.955, 0.047, 0.773},
            "Linux", new double[] {0.876, 0.172, 0.947},
            "HealthApp", new double[] {0.780, 0.231, 0.351},
            "Proxifier", new double[] {0.527, 0.504, 0.538});

    private RunTemplateAccuracy() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/eval/logparse/data");
        List<Path> sets;
        try (Stream<Path> dirs = Files.list(data)) {
            sets = dirs.filter(d -> Files.isRegularFile(d.resolve("settings.json"))).sorted().toList();
        }
        System.out.printf("%-12s %6s %6s %6s %6s  %-9s  %s%n", "set", "lines", "GA", "PA", "FGA", "labels", "Drain GA / PA / FGA");
        double[] sum = new double[3];
        for (Path set : sets) {
            String name = set.getFileName().toString();
            Path corrected = set.resolve(name + "_2k.log_structured_corrected.csv");
            boolean isCorrected = Files.exists(corrected);
            List<CSVRecord> rows = readCsv(isCorrected ? corrected : set.resolve(name + "_2k.log_structured.csv"));
            JsonNode settings = new ObjectMapper().readTree(set.resolve("settings.json").toFile());
            List<String> messages = messages(set.resolve(name + "_2k.log"), settings.path("log_format").asText(), rows);
            TemplateMiner miner = new TemplateMiner(MinerSettings.defaults());
            List<String> truth = new ArrayList<>();
            List<Integer> assigned = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                truth.add(rows.get(i).get("EventTemplate"));
                assigned.add(miner.add(messages.get(i)));
            }
            // A line's template is the one its template became by the end, as Drain3 reports it.
            List<String> predicted = assigned.stream().map(miner::templateText).toList();
            TemplateAccuracy a = TemplateAccuracy.score(truth, predicted);
            double[] d = DRAIN3.get(name);
            String reference = d != null ? String.format(Locale.ROOT, "%.3f / %.3f / %.3f (Drain3, corrected)", d[0], d[1], d[2])
                    : settings.has("drain_ga") ? String.format(Locale.ROOT, "%.3f (logparser Drain, original)", settings.get("drain_ga").asDouble())
                    : "-";
            System.out.printf(Locale.ROOT, "%-12s %6d %6.3f %6.3f %6.3f  %-9s  %s%n", name, rows.size(), a.ga(), a.pa(), a.fga(),
                    isCorrected ? "corrected" : "original", reference);
            sum[0] += a.ga();
            sum[1] += a.pa();
            sum[2] += a.fga();
        }
        System.out.printf(Locale.ROOT, "%-12s %6s %6.3f %6.3f %6.3f%n", "average", "", sum[0] / sets.size(), sum[1] / sets.size(),
                sum[2] / sets.size());
    }

    /**
     * Each labelled line's message: cut from the raw log by the format when the raw log is there
     * (every line must parse, in the labels' order), else the labels' Content column.
     */
    private static List<String> messages(Path rawLog, String logFormat, List<CSVRecord> rows) throws IOException {
        if (!Files.exists(rawLog)) {
            return rows.stream().map(r -> r.get("Content")).toList();
        }
        Pattern format = linePattern(logFormat);
        List<String> messages = new ArrayList<>();
        for (String line : Files.readAllLines(rawLog, StandardCharsets.UTF_8)) {
            Matcher m = format.matcher(line.strip());
            if (m.matches()) {
                messages.add(m.group("Content"));
            }
        }
        if (messages.size() != rows.size()) {
            throw new IllegalStateException(rawLog + ": " + messages.size() + " lines match the format, " + rows.size() + " are labelled");
        }
        return messages;
    }

    /**
     * The regex of a logparser line format, built as logparser builds it: each {@code <Field>} a
     * lazy group, spaces between matching any run of whitespace, the rest regex as written.
     */
    static Pattern linePattern(String logFormat) {
        StringBuilder regex = new StringBuilder("^");
        Matcher field = Pattern.compile("<([^<>]+)>").matcher(logFormat);
        int from = 0;
        while (field.find()) {
            regex.append(logFormat.substring(from, field.start()).replaceAll(" +", "\\\\s+"));
            regex.append("(?<").append(field.group(1).replaceAll("[^A-Za-z0-9]", "")).append(">.*?)");
            from = field.end();
        }
        regex.append(logFormat.substring(from).replaceAll(" +", "\\\\s+")).append('$');
        return Pattern.compile(regex.toString());
    }

    /** Labels: RFC 4180 CSV with a header row, read by Commons CSV. */
    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
