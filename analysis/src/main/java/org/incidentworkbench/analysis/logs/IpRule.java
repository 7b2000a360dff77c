package org.incidentworkbench.analysis.logs;

/**
 * The "ip" masking rule written out by hand: addresses are in most lines of many logs and the regex
 * was among the costliest steps of mining. It masks exactly what
 * {@code (?<![\w.])/?\d{1,3}(?:\.\d{1,3}){3}(?![\w.])} replaces (a test holds the two together): an
 * IPv4 address, with the "/" Java's InetAddress.toString puts before it; a port stays a separate number.
 */
final class IpRule implements TokenMasking.Rule {

    @Override
    public String name() {
        return "ip";
    }

    @Override
    public int traits() {
        return TokenMasking.Trait.mask(TokenMasking.Trait.DIGIT, TokenMasking.Trait.DOT);
    }

    @Override
    public int minLength() {
        return 7;
    }

    @Override
    public String apply(String token) {
        return Scan.replaceAll(token, (s, i) -> i > 0 && isWordOrDot(s.charAt(i - 1)) ? -1 : addressEnd(s, i));
    }

    /**
     * Where an address starting at {@code start} ends, or -1. No backtracking is needed: a shorter
     * digit group would leave a digit where a dot or the end must be.
     */
    private static int addressEnd(String s, int start) {
        int j = start < s.length() && s.charAt(start) == '/' ? start + 1 : start;
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                if (j >= s.length() || s.charAt(j) != '.') {
                    return -1;
                }
                j++;
            }
            int digits = 0;
            while (j < s.length() && digits < 3 && Scan.isDigit(s.charAt(j))) {
                j++;
                digits++;
            }
            if (digits == 0) {
                return -1;
            }
        }
        return j < s.length() && isWordOrDot(s.charAt(j)) ? -1 : j;
    }

    /** {@code \w} or a dot. */
    private static boolean isWordOrDot(char c) {
        return Scan.isWord(c) || c == '.';
    }
}
