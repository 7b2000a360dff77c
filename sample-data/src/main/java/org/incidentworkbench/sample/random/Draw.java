package org.incidentworkbench.sample.random;

import java.util.List;
import java.util.random.RandomGenerator;

/** The distributions the generators draw from. */
public final class Draw {

    /** The 99th percentile of the standard normal distribution. */
    private static final double Z99 = 2.326;

    private Draw() {
    }

    /** A Poisson count with mean {@code lambda}: how many events fall in one step. */
    public static int poisson(RandomGenerator rng, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.nextGaussian()));
        }
        double limit = Math.exp(-lambda);
        double product = rng.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            n++;
        }
        return n;
    }

    /** A log-normal value with the given median and 99th percentile (latencies look like this). */
    public static double logNormal(RandomGenerator rng, double median, double p99) {
        double sigma = Math.log(Math.max(p99, median * 1.01) / median) / Z99;
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    /** {@code value} with multiplicative Gaussian noise of relative size {@code sigma}, never negative. */
    public static double jitter(RandomGenerator rng, double value, double sigma) {
        return Math.max(0, value * (1 + sigma * rng.nextGaussian()));
    }



    public static <T> T oneOf(RandomGenerator rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    public static String oneOf(RandomGenerator rng, String... items) {
        return items[rng.nextInt(items.length)];
    }

}
