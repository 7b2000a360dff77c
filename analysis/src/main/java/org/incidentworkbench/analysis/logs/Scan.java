package org.incidentworkbench.analysis.logs;

/**
 * What the masking rules written out by hand share: replacing every match of a rule, found left to
 * right as a regex finds them, by {@code <*>}, and the regexes' ASCII character classes.
 */
final class Scan {

    /** Where a match starting at a position ends, or -1 when none starts there. */
    @FunctionalInterface
    interface MatchEnd {
        int at(String s, int start);
    }

    private Scan() {
    }

    /** {@code token} with each match of {@code match} (tried at every position, resumed after each match) replaced by {@code <*>}. */
    static String replaceAll(String token, MatchEnd match) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = token.length();
        while (i < n) {
            int end = match.at(token, i);
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

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** {@code \w}: ASCII letters, digits and the underscore. */
    static boolean isWord(char c) {
        return isDigit(c) || isLetter(c) || c == '_';
    }

    /** Whether the character before {@code i} is one of those a regex's negative look-behind excludes. */
    static boolean after(String s, int i, String orAlso) {
        return i > 0 && (isWord(s.charAt(i - 1)) || orAlso.indexOf(s.charAt(i - 1)) >= 0);
    }

    /** The end of the run of digits starting at {@code from}. */
    static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
