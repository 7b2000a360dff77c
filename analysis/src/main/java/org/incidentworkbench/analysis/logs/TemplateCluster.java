package org.incidentworkbench.analysis.logs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** One template being mined: its tokens, its count and the values seen at its variable positions. */
final class TemplateCluster {

    private final int number;
    private final String[] tokens;
    private final String example;
    private final ParameterValues[] values;
    private final int topValuesKept;
    private long count;

    TemplateCluster(int number, String[] maskedTokens, String example, int topValuesKept) {
        this.number = number;
        this.tokens = maskedTokens.clone();
        this.example = example;
        this.values = new ParameterValues[maskedTokens.length];
        this.topValuesKept = topValuesKept;
    }

    int number() {
        return number;
    }

    String[] tokens() {
        return tokens;
    }

    long count() {
        return count;
    }

    /** Counts a line (already known to belong here), widening each differing position to {@code <*>}. */
    void absorb(String[] masked, List<String> original) {
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(masked[i])) {
                String constant = tokens[i];
                tokens[i] = widened(constant, masked[i]);
                if (values[i] == null && count > 0 && !constant.contains(TokenMasking.WILDCARD)) {
                    // A position turning variable late: the lines before all carried the constant.
                    values[i] = new ParameterValues(topValuesKept);
                    values[i].add(constant, count);
                }
            }
            if (tokens[i].contains(TokenMasking.WILDCARD)) {
                if (values[i] == null) {
                    values[i] = new ParameterValues(topValuesKept);
                }
                values[i].add(original.get(i), 1);
            }
        }
        count++;
    }

    /**
     * A variable in place of two differing tokens, keeping the punctuation around it that both
     * share: "(alice)" and "(bob)" give "(<*>)", "10," and "root," give "<*>,".
     */
    static String widened(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)
                && isFrame(a.charAt(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)
                && isFrame(a.charAt(a.length() - 1 - suffix))) {
            suffix++;
        }
        return a.substring(0, prefix) + TokenMasking.WILDCARD + a.substring(a.length() - suffix);
    }

    /** Brackets and trailing punctuation frame a value; "<", "*" and ">" belong to a wildcard already there. */
    private static boolean isFrame(char c) {
        return "()[]{}:;,.'\"".indexOf(c) >= 0;
    }

    String template() {
        return String.join(" ", tokens);
    }

    MinedTemplate snapshot() {
        List<MinedTemplate.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (values[i] != null && tokens[i].contains(TokenMasking.WILDCARD)) {
                parameters.add(new MinedTemplate.Parameter(i, values[i].top.top(topValuesKept), values[i].distinct.estimate()));
            }
        }
        String text = template();
        return new MinedTemplate(idOf(text), text, count, example, parameters);
    }

    /**
     * One template for clusters of one length joined into a group whose text is {@code tokens}
     * (word variants found to be a variable): their counts summed, each variable position's values
     * pooled, a member's constant there counting as its value on all of that member's lines.
     */
    static MinedTemplate snapshotOfGroup(List<TemplateCluster> members, String[] tokens) {
        int kept = members.getFirst().topValuesKept;
        List<MinedTemplate.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].contains(TokenMasking.WILDCARD)) {
                continue;
            }
            ParameterValues pooled = new ParameterValues(kept);
            for (TemplateCluster m : members) {
                if (m.values[i] != null) {
                    pooled.addAll(m.values[i]);
                } else {
                    pooled.add(m.tokens[i], m.count);
                }
            }
            parameters.add(new MinedTemplate.Parameter(i, pooled.top.top(kept), pooled.distinct.estimate()));
        }
        String text = String.join(" ", tokens);
        long count = members.stream().mapToLong(m -> m.count).sum();
        return new MinedTemplate(idOf(text), text, count, members.getFirst().example, parameters);
    }

    /** The first 16 hex digits of the text's SHA-256: the same template gets the same id in any run. */
    static String idOf(String template) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(template.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** What a variable position has held: its frequent values and how many distinct ones. */
    private static final class ParameterValues {
        /** Four counters per value reported keeps the reported ones' counts exact unless the values are many and even. */
        final TopValues top;
        final DistinctCounter distinct = new DistinctCounter();

        ParameterValues(int kept) {
            top = new TopValues(4 * kept);
        }

        void add(String value, long times) {
            top.add(value, times);
            distinct.add(value);
        }

        void addAll(ParameterValues other) {
            top.addAll(other.top);
            distinct.addAll(other.distinct);
        }
    }
}
