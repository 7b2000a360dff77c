package org.incidentworkbench.storage.jdbc;

/**
 * The regular expression a template filter binds: a whole log body that fits a mined template,
 * each {@code <*>} any text, each run of whitespace in the template any run of whitespace, the
 * rest literal. Written in the subset where RE2 (DuckDB) and PostgreSQL's AREs read the same, so
 * both engines keep the same records:
 * <ul>
 *   <li>{@code (?s)}: RE2's {@code .} then also matches a newline, as an ARE's does by default
 *       (bodies can be multi-line stack traces); {@code ^} and {@code $} still mean the ends of the body.</li>
 *   <li>Literal ASCII punctuation is escaped with a backslash, which both read as the character
 *       itself; letters, digits and non-ASCII characters are never escaped, because a backslash
 *       before one is an escape (or an error) in both.</li>
 *   <li>Whitespace is a bracket of the very characters the miner splits tokens on
 *       ({@link Character#isWhitespace}), literally, rather than {@code \s}, whose meaning differs
 *       between the engines (RE2 leaves out vertical tab; an ARE's follows the server's locale).</li>
 * </ul>
 * The result is always bound as a parameter, never spliced into SQL.
 */
final class TemplatePattern {

    private static final String VARIABLE = "<*>";
    private static final String WHITESPACE = whitespaceClass();

    private TemplatePattern() {
    }

    /** The anchored pattern of {@code template}; leading and trailing whitespace in the body is allowed. */
    static String of(String template) {
        StringBuilder re = new StringBuilder("(?s)^").append(WHITESPACE).append('*');
        String t = template.strip();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (t.startsWith(VARIABLE, i)) {
                re.append(".*");
                i += VARIABLE.length();
            } else if (Character.isWhitespace(c)) {
                re.append(WHITESPACE).append('+');
                while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
            } else {
                if (c < 0x80 && isPunctuation(c)) {
                    re.append('\\');
                }
                re.append(c);
                i++;
            }
        }
        return re.append(WHITESPACE).append("*$").toString();
    }

    /** Printable ASCII that is neither a letter, a digit nor a space: every regex metacharacter is among them. */
    private static boolean isPunctuation(char c) {
        return c > ' ' && c < 0x7f && !Character.isLetterOrDigit(c);
    }

    /** A bracket expression of every BMP character {@link Character#isWhitespace} accepts, as literal ranges. */
    private static String whitespaceClass() {
        StringBuilder out = new StringBuilder("[");
        int c = 0;
        while (c <= Character.MAX_VALUE) {
            if (!Character.isWhitespace(c)) {
                c++;
                continue;
            }
            int end = c;
            while (end + 1 <= Character.MAX_VALUE && Character.isWhitespace(end + 1)) {
                end++;
            }
            out.append((char) c);
            if (end > c) {
                out.append('-').append((char) end);
            }
            c = end + 1;
        }
        return out.append(']').toString();
    }
}
