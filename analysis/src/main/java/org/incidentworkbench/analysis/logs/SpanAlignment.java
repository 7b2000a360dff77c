package org.incidentworkbench.analysis.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of one template whose variable spans a different number of tokens ("0 bytes" against
 * "403 bytes (0.4 KB)", "00:01" against "<1 sec") have different lengths, and Drain never compares
 * lines of different lengths. This aligns two templates of different lengths on their equal tokens
 * (a longest common subsequence) and calls them one template when what is left between the equal
 * tokens is a variable that grew: every such gap holds a variable and at most one constant word on
 * each side. A gap of whole words ("[preauth]") or of several words ("src: <*> dest:") keeps them apart.
 */
final class SpanAlignment {

    private SpanAlignment() {
    }

    /** Whether templates {@code a} and {@code b} (of different lengths) are one template whose variables span different token counts. */
    static boolean mergeable(String[] a, String[] b) {
        if (a.length == b.length) {
            return false;
        }
        int[][] pairs = commonSubsequence(a, b);
        int anchoredConstants = 0;
        for (int[] p : pairs) {
            // "name=<*>," anchors as well as a plain word: its key is constant.
            if (a[p[0]].replace(TokenMasking.WILDCARD, "").chars().anyMatch(Character::isLetter)) {
                anchoredConstants++;
            }
        }
        if (anchoredConstants < 2 || 2 * anchoredConstants < Math.max(constants(a), constants(b))) {
            return false;
        }
        int ai = 0;
        int bi = 0;
        for (int k = 0; k <= pairs.length; k++) {
            int aEnd = k < pairs.length ? pairs[k][0] : a.length;
            int bEnd = k < pairs.length ? pairs[k][1] : b.length;
            boolean inside = k > 0 && k < pairs.length;
            if ((aEnd > ai || bEnd > bi) && !isGrownVariable(a, ai, aEnd, b, bi, bEnd, inside)) {
                return false;
            }
            ai = aEnd + 1;
            bi = bEnd + 1;
        }
        return true;
    }

    /**
     * The one template covering {@code a} and {@code b}: their equal tokens, each gap a single
     * {@code <*>}. A gap empty on one side cannot be a variable of its own (a variable is never
     * empty), so it joins the nearest variable before it, with the words between: "<*> bytes" and
     * "<*> bytes (<*> KB)" give "<*>".
     */
    static String[] merged(String[] a, String[] b) {
        int[][] pairs = commonSubsequence(a, b);
        List<String> out = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (int k = 0; k <= pairs.length; k++) {
            int aEnd = k < pairs.length ? pairs[k][0] : a.length;
            int bEnd = k < pairs.length ? pairs[k][1] : b.length;
            if (aEnd > ai || bEnd > bi) {
                int joinFrom = aEnd == ai || bEnd == bi ? out.lastIndexOf(TokenMasking.WILDCARD) : -1;
                if (joinFrom >= 0) {
                    out.subList(joinFrom + 1, out.size()).clear();
                } else {
                    out.add(TokenMasking.WILDCARD);
                }
            }
            if (k < pairs.length) {
                out.add(a[aEnd]);
            }
            ai = aEnd + 1;
            bi = bEnd + 1;
        }
        // Neighbouring variables are one, as the miner writes them.
        List<String> collapsed = new ArrayList<>();
        for (String t : out) {
            if (!(t.equals(TokenMasking.WILDCARD) && !collapsed.isEmpty() && collapsed.getLast().equals(TokenMasking.WILDCARD))) {
                collapsed.add(t);
            }
        }
        return collapsed.toArray(String[]::new);
    }

    /**
     * A gap that a grown variable explains: it holds a variable, and at most one constant word on
     * each side. When one side is empty, the other is a value with its unit or remark ("(<*> KB)")
     * inside the message: at its start or end an extra part is an optional clause of its own
     * ("rhost=<*> user=<*>", "hardware (bus <*>)").
     */
    private static boolean isGrownVariable(String[] a, int aFrom, int aTo, String[] b, int bFrom, int bTo, boolean inside) {
        int aVariables = variables(a, aFrom, aTo);
        int bVariables = variables(b, bFrom, bTo);
        if (aVariables + bVariables == 0 || (aTo - aFrom) - aVariables > 1 || (bTo - bFrom) - bVariables > 1) {
            return false;
        }
        if (aTo == aFrom || bTo == bFrom) {
            return inside && hasWord(a, aFrom, aTo) != hasWord(b, bFrom, bTo);
        }
        return true;
    }

    /** Whether a constant among these tokens holds a letter: a unit or a word, not a placeholder such as "****". */
    private static boolean hasWord(String[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isVariable(t[i]) && t[i].chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    /** Index pairs of a longest common subsequence of equal tokens, in order. */
    private static int[][] commonSubsequence(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[][] pairs = new int[lcs[0][0]][];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                pairs[k++] = new int[] {i++, j++};
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }

    private static boolean isVariable(String token) {
        return token.contains(TokenMasking.WILDCARD);
    }

    private static int variables(String[] t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isVariable(t[i])) {
                n++;
            }
        }
        return n;
    }

    private static int constants(String[] t) {
        return t.length - variables(t, 0, t.length);
    }
}
