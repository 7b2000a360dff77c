package org.incidentworkbench.analysis.logs;

/**
 * The "hex" masking rule written out by hand: 0x-prefixed, or eight or more hex digits mixing
 * digits and letters (span ids, SHAs), never a word made of hex letters ("deadbeef"). It masks
 * exactly what {@code (?<![\w])(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,})(?![\w])}
 * replaces (a test holds the two together). No backtracking is needed: a shorter run would leave a
 * hex digit, a word character, where the regex wants none.
 */
final class HexRule implements TokenMasking.Rule {

    @Override
    public String name() {
        return "hex";
    }

    @Override
    public int traits() {
        return TokenMasking.Trait.mask(TokenMasking.Trait.DIGIT, TokenMasking.Trait.LETTER);
    }

    @Override
    public int minLength() {
        return 3;
    }

    @Override
    public String apply(String token) {
        return Scan.replaceAll(token, HexRule::end);
    }

    private static int end(String s, int start) {
        if (Scan.after(s, start, "")) {
            return -1;
        }
        int n = s.length();
        if (start + 2 < n && s.charAt(start) == '0' && s.charAt(start + 1) == 'x' && Scan.isHex(s.charAt(start + 2))) {
            int end = hexEnd(s, start + 2);
            if (end == n || !Scan.isWord(s.charAt(end))) {
                return end;
            }
        }
        int end = hexEnd(s, start);
        boolean digit = false;
        boolean letter = false;
        for (int k = start; k < end; k++) {
            digit |= Scan.isDigit(s.charAt(k));
            letter |= !Scan.isDigit(s.charAt(k));
        }
        return end - start >= 8 && digit && letter && (end == n || !Scan.isWord(s.charAt(end))) ? end : -1;
    }

    private static int hexEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Scan.isHex(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
