package org.incidentworkbench.analysis.logs;

/**
 * How the {@link TemplateMiner} works: the masking applied to each token, the depth of its parse
 * tree (Drain's: length level + {@code depth - 2} leading tokens + the leaf), the share of equal
 * tokens a line needs to join a template, how many children an inner node keeps before further
 * tokens share a {@code <*>} child, and how many templates a leaf holds before a new line must join
 * its closest one instead of starting another (what bounds memory on mostly-variable lines), after
 * how many lines a constant word is settled, how many values a variable position reports, and how
 * many templates differing only in one place's word make that word a variable.
 */
public record MinerSettings(TokenMasking masking, int depth, double similarityThreshold, int maxChildren,
                            int maxTemplatesPerLeaf, int settledAfter, int topValuesKept, int variantsOfAVariable) {

    /** These settings with the default {@code variantsOfAVariable}. */
    public MinerSettings(TokenMasking masking, int depth, double similarityThreshold, int maxChildren,
                         int maxTemplatesPerLeaf, int settledAfter, int topValuesKept) {
        this(masking, depth, similarityThreshold, maxChildren, maxTemplatesPerLeaf, settledAfter, topValuesKept, DEFAULT_VARIANTS);
    }

    /** Three: two words at one place are often two messages ("stored as bytes", "stored as values"); three rarely are. */
    private static final int DEFAULT_VARIANTS = 3;

    public MinerSettings {
        if (depth < 3) {
            throw new IllegalArgumentException("depth must be at least 3 (length, one token, leaf): " + depth);
        }
        if (similarityThreshold <= 0 || similarityThreshold > 1) {
            throw new IllegalArgumentException("similarity threshold must be in (0, 1]: " + similarityThreshold);
        }
    }

    public static MinerSettings defaults() {
        return new MinerSettings(TokenMasking.defaults(), 5, 0.4, 100, 200, 20, 5, DEFAULT_VARIANTS);
    }

    public MinerSettings withMaxTemplatesPerLeaf(int max) {
        return new MinerSettings(masking, depth, similarityThreshold, maxChildren, max, settledAfter, topValuesKept, variantsOfAVariable);
    }
}
