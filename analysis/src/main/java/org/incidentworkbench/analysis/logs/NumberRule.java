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
        return Scan.replaceAll(token, (s, i) -> i > 0 && isAlnumOrDot(s.charAt(i - 1)) ? -1 : numberEnd(s, i));
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
        if (j >= n || !Scan.isDigit(s.charAt(j))) {
            return -1;
        }
        int previousRunEnd = -1;
        int runEnd = Scan.digitsEnd(s, j);
        while (runEnd + 1 < n && s.charAt(runEnd) == '.' && Scan.isDigit(s.charAt(runEnd + 1))) {
            previousRunEnd = runEnd;
            runEnd = Scan.digitsEnd(s, runEnd + 1);
        }
        if (runEnd == n || !isLetterOrDigit(s.charAt(runEnd))) {
            return runEnd;
        }
        return previousRunEnd;
    }

    private static boolean isLetterOrDigit(char c) {
        return Scan.isDigit(c) || Scan.isLetter(c);
    }

    private static boolean isAlnumOrDot(char c) {
        return isLetterOrDigit(c) || c == '.';
    }
}
