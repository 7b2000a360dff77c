package org.incidentworkbench.analysis.logs;

/**
 * How the {@link TemplateMiner} works: the masking applied to each token, the depth of its parse
 * tree (Drain's: length level + {@code depth - 2} leading tokens + the leaf), the share of equal
 * tokens a line needs to join a template, how many children an inner node keeps before further
 * tokens share a {@code <*>} child, and how many templates a leaf holds before a new line must join
 * its closest one instead of starting another (what bounds memory on mostly-variable lines).
 */
public record MinerSettings(TokenMasking masking, int depth, double similarityThreshold, int maxChildren,
                            int maxTemplatesPerLeaf, int settledAfter, int topValuesKept) {

    public MinerSettings {
        if (depth < 3) {
            throw new IllegalArgumentException("depth must be at least 3 (length, one token, leaf): " + depth);
        }
        if (similarityThreshold <= 0 || similarityThreshold > 1) {
            throw new IllegalArgumentException("similarity threshold must be in (0, 1]: " + similarityThreshold);
        }
    }

    public static MinerSettings defaults() {
        return new MinerSettings(TokenMasking.defaults(), 5, 0.4, 100, 200, 20, 5);
    }

    public MinerSettings withMaxTemplatesPerLeaf(int max) {
        return new MinerSettings(masking, depth, similarityThreshold, maxChildren, max, settledAfter, topValuesKept);
    }
}
