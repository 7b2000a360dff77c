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
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = message.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(message.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(message.charAt(i))) {
                i++;
            }
            out.add(message.substring(start, i));
        }
        return out;
    }
}
