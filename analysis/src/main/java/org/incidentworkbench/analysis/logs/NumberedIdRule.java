package org.incidentworkbench.analysis.logs;

/**
 * The "numbered-id" masking rule written out by hand (block ids, worker names are in most lines of
 * some logs): a word with a numeric suffix after "_" names one thing (blk_123, blk_-42, worker_7),
 * so the whole token is the id. It masks exactly what
 * {@code (?<![\w-])[A-Za-z]\w*_-?\d+(?![\w-])} replaces (a test holds the two together).
 */
final class NumberedIdRule implements TokenMasking.Rule {

    @Override
    public String name() {
        return "numbered-id";
    }

    @Override
    public int traits() {
        return TokenMasking.Trait.mask(TokenMasking.Trait.DIGIT, TokenMasking.Trait.UNDERSCORE);
    }

    @Override
    public int minLength() {
        return 3;
    }

    @Override
    public String apply(String token) {
        return Scan.replaceAll(token, (s, i) -> i > 0 && isWordOrDash(s.charAt(i - 1)) ? -1 : idEnd(s, i));
    }

    /**
     * Where an id starting at {@code start} ends, or -1. The regex's {@code \w*} takes the whole word
     * and backs off to an underscore, and only the last one can work: the digits after it must reach
     * the end of the word, or, when the word ends in "_", follow the "-" after it.
     */
    private static int idEnd(String s, int start) {
        int n = s.length();
        if (!Scan.isLetter(s.charAt(start))) {
            return -1;
        }
        int wordEnd = start + 1;
        while (wordEnd < n && Scan.isWord(s.charAt(wordEnd))) {
            wordEnd++;
        }
        int underscore = s.lastIndexOf('_', wordEnd - 1);
        if (underscore <= start) {
            return -1;
        }
        if (underscore == wordEnd - 1) {
            if (wordEnd + 1 >= n || s.charAt(wordEnd) != '-' || !Scan.isDigit(s.charAt(wordEnd + 1))) {
                return -1;
            }
            int end = wordEnd + 1;
            while (end < n && Scan.isDigit(s.charAt(end))) {
                end++;
            }
            return end < n && isWordOrDash(s.charAt(end)) ? -1 : end;
        }
        for (int k = underscore + 1; k < wordEnd; k++) {
            if (!Scan.isDigit(s.charAt(k))) {
                return -1;
            }
        }
        return wordEnd < n && s.charAt(wordEnd) == '-' ? -1 : wordEnd;
    }

    private static boolean isWordOrDash(char c) {
        return Scan.isWord(c) || c == '-';
    }
}
