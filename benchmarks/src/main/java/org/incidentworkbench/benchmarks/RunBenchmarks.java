package org.incidentworkbench.benchmarks;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks matching the first argument (a regex; all by default) and prints each figure
 * beside its {@link Goal} as a ratio: below 1.00 meets the target. A benchmark {@link ComparedTo}
 * another is printed beside that one's figure instead, and a {@link Baseline} alone.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, ReflectiveOperationException {
        Options options = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : ".*")
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED", "-Xmx4g")
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> figures = new HashMap<>();
        for (RunResult r : results) {
            figures.put(shortName(r.getParams().getBenchmark()), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.printf("%-68s %12s %10s %12s %8s  %s%n", "benchmark", "figure (ms)", "± (ms)", "against (ms)", "ratio",
                "against");
        for (RunResult r : results) {
            Result<?> primary = r.getPrimaryResult();
            String name = shortName(r.getParams().getBenchmark());
            Method m = method(r.getParams().getBenchmark());
            boolean judged = false;
            if (m.isAnnotationPresent(Goal.class)) {
                print(name, primary, m.getAnnotation(Goal.class).millis(), "goal");
                judged = true;
            }
            if (m.isAnnotationPresent(ComparedTo.class)) {
                String other = m.getAnnotation(ComparedTo.class).value();
                print(name, primary, figures.get(other), other);
                judged = true;
            }
            if (m.isAnnotationPresent(Baseline.class)) {
                print(name, primary, null, "baseline");
                judged = true;
            }
            if (!judged) {
                throw new IllegalStateException("benchmark without a @Goal, @ComparedTo or @Baseline: " + m);
            }
        }
    }

    /** One row: the figure, and its ratio to what it is judged against (a goal may come with a comparison: two rows). */
    private static void print(String name, Result<?> primary, Double against, String what) {
        System.out.printf(Locale.ROOT, "%-68s %12.1f %10.1f %12s %8s  %s%n",
                name, primary.getScore(), primary.getScoreError(),
                against == null ? "-" : String.format(Locale.ROOT, "%.1f", against),
                against == null ? "-" : String.format(Locale.ROOT, "%.2f", primary.getScore() / against), what);
    }

    private static Method method(String benchmark) throws ReflectiveOperationException {
        int dot = benchmark.lastIndexOf('.');
        Class<?> type = Class.forName(benchmark.substring(0, dot));
        for (Method m : type.getMethods()) {
            if (m.getName().equals(benchmark.substring(dot + 1))) {
                return m;
            }
        }
        throw new IllegalStateException("no such benchmark method: " + benchmark);
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
