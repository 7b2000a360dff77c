package org.incidentworkbench.sample.random;

import java.util.UUID;
import java.util.random.RandomGenerator;

/** Identifiers drawn from a seeded stream, in the formats real systems use. */
public final class RandomIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] POD_CHARS = "bcdfghjklmnpqrstvwxz2456789".toCharArray();

    private RandomIds() {
    }

    /** A version-4 (random) UUID. */
    public static UUID uuid(RandomGenerator rng) {
        long hi = (rng.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (rng.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** {@code chars} lower-case hex digits. */
    public static String hex(RandomGenerator rng, int chars) {
        char[] out = new char[chars];
        for (int i = 0; i < chars; i++) {
            out[i] = HEX[rng.nextInt(16)];
        }
        return new String(out);
    }

    /** A W3C trace id: 32 hex digits, never all zero. */
    public static String traceId(RandomGenerator rng) {
        return nonZero(rng, 32);
    }

    /** A W3C span id: 16 hex digits, never all zero. */
    public static String spanId(RandomGenerator rng) {
        return nonZero(rng, 16);
    }

    /** A git commit SHA-1: 40 hex digits. */
    public static String commitSha(RandomGenerator rng) {
        return hex(rng, 40);
    }

    /** Characters as Kubernetes uses them in generated pod and replica-set names. */
    public static String podSuffix(RandomGenerator rng, int chars) {
        char[] out = new char[chars];
        for (int i = 0; i < chars; i++) {
            out[i] = POD_CHARS[rng.nextInt(POD_CHARS.length)];
        }
        return new String(out);
    }

    private static String nonZero(RandomGenerator rng, int chars) {
        String id = hex(rng, chars);
        return id.chars().allMatch(c -> c == '0') ? nonZero(rng, chars) : id;
    }
}
