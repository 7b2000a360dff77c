package org.incidentworkbench.analysis.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into whitespace-separated tokens, keeping a double-quoted string with spaces in
 * one token so that the masking can replace it whole and the token count of a message does not
 * depend on what was quoted.
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
            boolean quoted = false;
            while (i < n && (quoted || !Character.isWhitespace(message.charAt(i)))) {
                if (message.charAt(i) == '"') {
                    quoted = !quoted && message.indexOf('"', i + 1) >= 0;
                }
                i++;
            }
            out.add(message.substring(start, i));
        }
        return out;
    }
}
