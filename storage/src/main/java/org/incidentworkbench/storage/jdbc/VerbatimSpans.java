package org.incidentworkbench.storage.jdbc;

/**
 * The parts of PostgreSQL statement text in which a question mark is no placeholder: comments,
 * quoted literals (also {@code E'…'} with backslash escapes, and {@code $tag$…$tag$}) and quoted
 * identifiers, as PgJDBC's own parser skips them.
 */
final class VerbatimSpans {

    private VerbatimSpans() {
    }

    /** Where the span starting at {@code at} ends, or {@code at} when none starts there. */
    static int end(String sql, int at) {
        char c = sql.charAt(at);
        if (sql.startsWith("--", at)) {
            int end = sql.indexOf('\n', at);
            return end < 0 ? sql.length() : end;
        }
        if (sql.startsWith("/*", at)) {
            int end = sql.indexOf("*/", at + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        if (c == '\'') {
            return quoted(sql, at, '\'', escapeString(sql, at));
        }
        if (c == '"') {
            return quoted(sql, at, '"', false);
        }
        if (c == '$' && (at == 0 || !identifierPart(sql.charAt(at - 1)))) {
            int tagEnd = sql.indexOf('$', at + 1);
            if (tagEnd > at && isTag(sql.substring(at + 1, tagEnd))) {
                String tag = sql.substring(at, tagEnd + 1);
                int close = sql.indexOf(tag, tagEnd + 1);
                return close < 0 ? sql.length() : close + tag.length();
            }
        }
        return at;
    }

    /** The end of the quoted text opening at {@code at}; a doubled quote is one quote inside. */
    private static int quoted(String sql, int at, char quote, boolean backslashEscapes) {
        for (int i = at + 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return sql.length();
    }

    /** Whether the quote at {@code at} opens an {@code E'…'} string. */
    private static boolean escapeString(String sql, int at) {
        return at > 0 && (sql.charAt(at - 1) == 'E' || sql.charAt(at - 1) == 'e')
                && (at == 1 || !identifierPart(sql.charAt(at - 2)));
    }

    private static boolean isTag(String tag) {
        return tag.isEmpty() || !Character.isDigit(tag.charAt(0)) && tag.chars().allMatch(ch -> identifierPart((char) ch));
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
