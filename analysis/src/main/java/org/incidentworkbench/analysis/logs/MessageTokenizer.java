package org.incidentworkbench.analysis.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into whitespace-separated tokens. A quoted phrase is split too: its words tell
 * messages apart ("GET /x HTTP/1.1" against "POST /x HTTP/1.1"), and when a quoted value has more
 * or fewer words ("View Lock" against "launch"), the miner joins the templates across lengths.
 */
final class MessageTokenizer {

    private MessageTokenizer() {
    }

    static List<String> tokens(String message) {
        List<String> out = new ArrayList<>(16);
        int i = 0;
        int n = message.length();
        while (i < n) {
            while (i < n && isSpace(message.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(message.charAt(i))) {
                i++;
            }
            out.add(message.substring(start, i));
        }
        return out;
    }

    /** Whitespace, with the common ASCII case decided without a look-up. */
    private static boolean isSpace(char c) {
        return c == ' ' || c < ' ' && Character.isWhitespace(c) || c > 127 && Character.isWhitespace(c);
    }
}
