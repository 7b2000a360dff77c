package org.incidentworkbench.analysis.logs;

/**
 * The "mac" masking rule written out by hand: a MAC address (00:11:22:aa:bb:cc). Its regex,
 * {@code (?<![\w:])[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}(?![\w:])}, was tried on every long token
 * with a colon ("wl_update_tcpkeep_seq:") and cost more than any other; a test holds the two together.
 */
final class MacRule implements TokenMasking.Rule {

    @Override
    public String name() {
        return "mac";
    }

    @Override
    public int traits() {
        return TokenMasking.Trait.mask(TokenMasking.Trait.COLON);
    }

    @Override
    public int minLength() {
        return 17;
    }

    @Override
    public String apply(String token) {
        return Scan.replaceAll(token, MacRule::end);
    }

    private static int end(String s, int start) {
        int end = start + 17;
        if (end > s.length() || Scan.after(s, start, ":")) {
            return -1;
        }
        for (int k = 0; k < 17; k++) {
            char c = s.charAt(start + k);
            if (k % 3 == 2 ? c != ':' : !Scan.isHex(c)) {
                return -1;
            }
        }
        return end < s.length() && (Scan.isWord(s.charAt(end)) || s.charAt(end) == ':') ? -1 : end;
    }
}
