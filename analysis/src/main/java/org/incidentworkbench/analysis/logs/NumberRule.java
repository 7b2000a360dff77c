package org.incidentworkbench.analysis.logs;

/**
 * The "number" masking rule written out by hand, because it is the rule nearly every token with a
 * digit reaches: a regex there cost more than the rest of mining. It masks exactly what
 * {@code (?<![A-Za-z0-9.])[-+]?\d+(?:\.\d+)*(?![A-Za-z0-9])} replaces (a test holds the two
 * together): numbers standing alone or glued to punctuation ("node-12", "(3)", "1.2.3"), never
 * inside a word ("utf8", "12ab").
 */
final class NumberRule implements TokenMasking.Rule {

    @Override
    public String name() {
        return "number";
    }

    @Override
    public int traits() {
        return TokenMasking.Trait.mask(TokenMasking.Trait.DIGIT);
    }

    @Override
    public int minLength() {
        return 1;
    }

    @Override
    public String apply(String token) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = token.length();
        while (i < n) {
            int end = i > 0 && isWordOrDot(token.charAt(i - 1)) ? -1 : numberEnd(token, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(token, copied, i).append(TokenMasking.WILDCARD);
            copied = end;
            i = end;
        }
        return out == null ? token : out.append(token, copied, n).toString();
    }

    /**
     * Where a number starting at {@code start} (an optional sign, then digit runs joined by single
     * dots) ends, or -1. Like the regex, it ends after the last digit run unless a letter or digit
     * follows; then it backs off to the run before the last dot, since a dot may follow a number.
     */
    private static int numberEnd(String s, int start) {
        int n = s.length();
        int j = start;
        if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
            j++;
        }
        if (j >= n || !isDigit(s.charAt(j))) {
            return -1;
        }
        int previousRunEnd = -1;
        int runEnd = digitsEnd(s, j);
        while (runEnd + 1 < n && s.charAt(runEnd) == '.' && isDigit(s.charAt(runEnd + 1))) {
            previousRunEnd = runEnd;
            runEnd = digitsEnd(s, runEnd + 1);
        }
        if (runEnd == n || !isLetterOrDigit(s.charAt(runEnd))) {
            return runEnd;
        }
        return previousRunEnd;
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrDigit(char c) {
        return isDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isWordOrDot(char c) {
        return isLetterOrDigit(c) || c == '.';
    }
}
