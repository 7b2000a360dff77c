package org.incidentworkbench.analysis.logs;

/**
 * The "path" masking rule written out by hand: two or more path segments, so a lone "/" or a
 * fraction like "and/or" stays a word. It masks exactly what
 * {@code (?<![\w:])(?:/[\w.$@+-]+){2,}/?} replaces (a test holds the two together): with no
 * look-ahead, the longest run of segments is the match.
 */
final class PathRule implements TokenMasking.Rule {

    @Override
    public String name() {
        return "path";
    }

    @Override
    public int traits() {
        return TokenMasking.Trait.mask(TokenMasking.Trait.SLASH);
    }

    @Override
    public int minLength() {
        return 4;
    }

    @Override
    public String apply(String token) {
        return Scan.replaceAll(token, PathRule::end);
    }

    private static int end(String s, int start) {
        if (Scan.after(s, start, ":")) {
            return -1;
        }
        int n = s.length();
        int p = start;
        int segments = 0;
        while (p + 1 < n && s.charAt(p) == '/' && isSegmentChar(s.charAt(p + 1))) {
            p += 2;
            while (p < n && isSegmentChar(s.charAt(p))) {
                p++;
            }
            segments++;
        }
        if (segments < 2) {
            return -1;
        }
        return p < n && s.charAt(p) == '/' ? p + 1 : p;
    }

    private static boolean isSegmentChar(char c) {
        return Scan.isWord(c) || ".$@+-".indexOf(c) >= 0;
    }
}
