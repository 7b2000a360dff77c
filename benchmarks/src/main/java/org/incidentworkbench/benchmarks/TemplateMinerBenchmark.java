package org.incidentworkbench.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.TemplateMiner;
import org.incidentworkbench.analysis.logs.TokenMasking;
import org.incidentworkbench.analysis.logs.TokenMasking.RegexRule;
import org.incidentworkbench.analysis.logs.TokenMasking.Rule;
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
 * Mining 1,000,000 generated message bodies ({@link SyntheticLogs}, generated once per trial, not
 * timed) with the default settings, one thread. The serial collector keeps the garbage collection
 * on the mining thread's core too, so the figure is what one core does. Beside it, in the same run:
 * the same miner with the default masking rules as plain regexes tried on every token (how masking
 * worked before the rules said what their matches need), and the floor any grouping pays: split
 * each line on spaces and count lines per (length, first three words) in a HashMap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsPrepend = "-XX:+UseSerialGC")
public class TemplateMinerBenchmark {

    static final int LINES = 1_000_000;
    static final long SEED = 6;

    /**
     * The default rules before this change, each a regex run on every token: the hand-written ones
     * as the regexes they stand for, the date names as the one regex they were.
     */
    private static final TokenMasking REGEX_ON_EVERY_TOKEN = new TokenMasking(List.of(
            onEveryToken(TokenMasking.UUID),
            Rule.of("ip", "(?<![\\w.])/?\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.])"),
            Rule.of("mac", "(?<![\\w:])[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}(?![\\w:])"),
            onEveryToken(TokenMasking.HOST_PORT),
            onEveryToken(TokenMasking.TIME_OF_DAY),
            Rule.of("date-name", "^(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|"
                    + "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
                    + "Nov(?:ember)?|Dec(?:ember)?),?$"),
            Rule.of("path", "(?<![\\w:])(?:/[\\w.$@+-]+){2,}/?"),
            Rule.of("numbered-id", "(?<![\\w-])[A-Za-z]\\w*_-?\\d+(?![\\w-])"),
            onEveryToken(TokenMasking.QUOTED),
            onEveryToken(TokenMasking.KEY_VALUE),
            Rule.of("hex", "(?<![\\w])(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,})(?![\\w])"),
            Rule.of("duration", "(?<![\\w.])\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h|d)(?![\\w])"),
            Rule.of("size", "(?<![\\w.])\\d+(?:\\.\\d+)?(?:[KMGT]i?B?|B)(?![\\w])"),
            Rule.of("number", "(?<![A-Za-z0-9.])[-+]?\\d+(?:\\.\\d+)*(?![A-Za-z0-9])")));

    private String[] lines;

    private static Rule onEveryToken(RegexRule rule) {
        return Rule.of(rule.name(), rule.pattern().pattern());
    }

    @Setup(Level.Trial)
    public void generate() {
        lines = SyntheticLogs.lines(LINES, SEED);
    }

    @Benchmark
    @Goal(millis = 1_000.0 * LINES / 300_000, source = "issue 6: at least 300,000 lines/s on one core over a 1,000,000-line input")
    @ComparedTo(value = "TemplateMinerBenchmark.mineWithEveryRegexOnEveryToken", source = "issue 6: speed against the masking before")
    public int mineOneMillionLines() {
        return mine(MinerSettings.defaults());
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Baseline("the miner with every default rule as a regex tried on every token, as before the rules said what they need")
    public int mineWithEveryRegexOnEveryToken() {
        MinerSettings d = MinerSettings.defaults();
        return mine(new MinerSettings(REGEX_ON_EVERY_TOKEN, d.depth(), d.similarityThreshold(), d.maxChildren(),
                d.maxTemplatesPerLeaf(), d.settledAfter(), d.topValuesKept()));
    }

    @Benchmark
    @Baseline("the floor of any grouping: split on spaces, count lines per (length, first three words) in a HashMap")
    public int splitAndCountOneMillionLines() {
        Map<String, long[]> groups = new HashMap<>();
        for (String line : lines) {
            String[] words = line.split(" ");
            String key = words.length + " " + String.join(" ", List.of(words).subList(0, Math.min(3, words.length)));
            groups.computeIfAbsent(key, k -> new long[1])[0]++;
        }
        return groups.size();
    }

    private int mine(MinerSettings settings) {
        TemplateMiner miner = new TemplateMiner(settings);
        for (String line : lines) {
            miner.add(line);
        }
        return miner.templates().size();
    }
}
