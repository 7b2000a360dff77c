package org.incidentworkbench.sample.random;

import java.util.SplittableRandom;

/**
 * Derives one independent random stream per purpose from the sample's seed. A purpose's stream
 * does not depend on which other streams were drawn from, so adding a generator never shifts the
 * data of another.
 */
public final class Seeds {

    private final long seed;

    public Seeds(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The stream for {@code purpose}, e.g. "metrics" or "logs/payments"; always the same for the same seed. */
    public SplittableRandom stream(String purpose) {
        long h = 1125899906842597L;
        for (int i = 0; i < purpose.length(); i++) {
            h = 31 * h + purpose.charAt(i);
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    /** MurmurHash3's 64-bit finaliser: spreads nearby seeds far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
