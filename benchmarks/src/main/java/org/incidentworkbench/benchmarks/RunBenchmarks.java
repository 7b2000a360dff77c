package org.incidentworkbench.benchmarks;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks matching the first argument (a regex; all by default) and prints each figure
 * beside its {@link Goal} as a ratio: below 1.00 meets the target.
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
        System.out.println();
        System.out.printf("%-60s %12s %10s %10s %8s%n", "benchmark", "figure (ms)", "± (ms)", "goal (ms)", "ratio");
        for (RunResult r : results) {
            Result<?> primary = r.getPrimaryResult();
            Goal goal = goalOf(r.getParams().getBenchmark());
            System.out.printf(Locale.ROOT, "%-60s %12.1f %10.1f %10.0f %8.2f%n",
                    shortName(r.getParams().getBenchmark()), primary.getScore(), primary.getScoreError(),
                    goal.millis(), primary.getScore() / goal.millis());
        }
    }

    private static Goal goalOf(String benchmark) throws ReflectiveOperationException {
        int dot = benchmark.lastIndexOf('.');
        Class<?> type = Class.forName(benchmark.substring(0, dot));
        for (Method m : type.getMethods()) {
            if (m.getName().equals(benchmark.substring(dot + 1)) && m.isAnnotationPresent(Goal.class)) {
                return m.getAnnotation(Goal.class);
            }
        }
        throw new IllegalStateException("benchmark without a @Goal: " + benchmark);
    }

    private static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
