package org.incidentworkbench.analysis.logs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

/** One template being mined: its tokens, its count and the values seen at its variable positions. */
final class TemplateCluster {

    private final int number;
    private final String[] tokens;
    private final String example;
    private final ParameterValues[] values;
    private final int samplesPerParameter;
    private long count;

    TemplateCluster(int number, String[] maskedTokens, String example, int samplesPerParameter) {
        this.number = number;
        this.tokens = maskedTokens.clone();
        this.example = example;
        this.values = new ParameterValues[maskedTokens.length];
        this.samplesPerParameter = samplesPerParameter;
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
        count++;
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(masked[i])) {
                tokens[i] = widened(tokens[i], masked[i]);
            }
            if (tokens[i].contains(TokenMasking.WILDCARD)) {
                if (values[i] == null) {
                    values[i] = new ParameterValues(samplesPerParameter);
                }
                values[i].add(original.get(i));
            }
        }
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
                parameters.add(new MinedTemplate.Parameter(i, List.copyOf(values[i].samples), values[i].distinct.estimate()));
            }
        }
        String text = template();
        return new MinedTemplate(idOf(text), text, count, example, parameters);
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

    private static final class ParameterValues {
        final LinkedHashSet<String> samples = new LinkedHashSet<>();
        final DistinctCounter distinct = new DistinctCounter();
        final int maxSamples;

        ParameterValues(int maxSamples) {
            this.maxSamples = maxSamples;
        }

        void add(String value) {
            if (samples.size() < maxSamples) {
                samples.add(value);
            }
            distinct.add(value);
        }
    }
}
