package org.incidentworkbench.storage.profiles;

import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.storage.jdbc.Sql;

/**
 * The SQL text of a profile template, scanned once for its named parameters ({@code :from}) and
 * its {@code ?} operators (jsonb's {@code ?}, {@code ?|}, {@code ?&}). Only code counts: nothing
 * inside a quoted string ({@code '...'}, {@code E'...'}), a quoted identifier, a comment or a
 * dollar-quoted string (say, an Apache AGE cypher query) is a parameter, and a cast {@code ::type}
 * is not one either. PgJDBC would take a {@code ?} in code for a placeholder, so it is sent doubled
 * ({@code ??}), which PgJDBC passes on as one {@code ?}.
 */
public final class SqlTemplate {

    private final String text;
    private final List<Mark> marks;

    private SqlTemplate(String text, List<Mark> marks) {
        this.text = text;
        this.marks = List.copyOf(marks);
    }

    /** A named parameter, or a {@code ?} operator when {@code parameter} is null, at {@code offset} in the text. */
    private record Mark(int offset, int length, String parameter) {
    }

    /** A named parameter as written, e.g. {@code from} at the offset of its colon. */
    public record Parameter(String name, int offset) {
    }

    /** Writes one parameter's SQL (and binds its values) into the statement being built. */
    @FunctionalInterface
    public interface Binder {
        void bind(Sql sql, String parameter);
    }

    /** Scans {@code sql}; a trailing semicolon is dropped, since a template is composed into larger statements. */
    public static SqlTemplate scan(String sql) {
        String text = sql.stripTrailing();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return new SqlTemplate(text, new Scanner(text).marks());
    }

    public String text() {
        return text;
    }

    public List<Parameter> parameters() {
        return marks.stream().filter(m -> m.parameter() != null).map(m -> new Parameter(m.parameter(), m.offset())).toList();
    }

    /** Appends the template to {@code sql}, each named parameter written by {@code binder}. */
    public void appendTo(Sql sql, Binder binder) {
        int at = 0;
        for (Mark m : marks) {
            sql.add(text.substring(at, m.offset()));
            if (m.parameter() == null) {
                sql.add("??");
            } else {
                binder.bind(sql, m.parameter());
            }
            at = m.offset() + m.length();
        }
        sql.add(text.substring(at));
    }

    /** The text as a statement of its own, for a session statement (which has no parameters). */
    public Prepared alone() {
        return prepared("", "NULL", "");
    }

    /**
     * The template as a statement to prepare, between {@code prefix} and {@code suffix}, each named
     * parameter replaced by {@code standIn}; with the way back from a server's error position.
     */
    public Prepared prepared(String prefix, String standIn, String suffix) {
        StringBuilder jdbc = new StringBuilder(prefix);
        List<Integer> origin = new ArrayList<>();
        prefix.chars().forEach(c -> origin.add(-1));
        int at = 0;
        for (Mark m : marks) {
            copy(at, m.offset(), jdbc, origin);
            jdbc.append(m.parameter() == null ? "??" : standIn);
            int serverLength = m.parameter() == null ? 1 : standIn.length();
            for (int k = 0; k < serverLength; k++) {
                origin.add(m.offset());
            }
            at = m.offset() + m.length();
        }
        copy(at, text.length(), jdbc, origin);
        jdbc.append(suffix);
        return new Prepared(jdbc.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    private void copy(int from, int to, StringBuilder jdbc, List<Integer> origin) {
        jdbc.append(text, from, to);
        for (int k = from; k < to; k++) {
            origin.add(k);
        }
    }

    /**
     * A statement for PgJDBC to prepare, and for each character the server sees (after PgJDBC
     * undoubles {@code ??}) the template offset it came from, -1 for text around the template.
     */
    public record Prepared(String jdbcText, int[] origin) {

        /** The template offset of the server's 1-based error {@code position}, or -1 when outside the template. */
        public int templateOffset(int position) {
            return position < 1 || position > origin.length ? -1 : origin[position - 1];
        }
    }

    /** Walks the text once, skipping what is not code, marking parameters and {@code ?} operators. */
    private static final class Scanner {

        private final String s;
        private final List<Mark> marks = new ArrayList<>();
        private int i;

        Scanner(String s) {
            this.s = s;
        }

        List<Mark> marks() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\'') {
                    quoted('\'', isEscapeString());
                } else if (c == '"') {
                    quoted('"', false);
                } else if (c == '-' && next() == '-') {
                    int nl = s.indexOf('\n', i);
                    i = nl < 0 ? s.length() : nl + 1;
                } else if (c == '/' && next() == '*') {
                    blockComment();
                } else if (c == '$' && !identifierPart(previous())) {
                    dollar();
                } else if (c == ':') {
                    colon();
                } else {
                    if (c == '?') {
                        marks.add(new Mark(i, 1, null));
                    }
                    i++;
                }
            }
            return marks;
        }

        /** {@code E'...'}: backslash escapes apply, so {@code \'} does not end the string. */
        private boolean isEscapeString() {
            return i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e') && (i < 2 || !identifierPart(s.charAt(i - 2)));
        }

        /** Past a quoted string or identifier; a doubled quote is a quote inside it. */
        private void quoted(char quote, boolean backslashEscapes) {
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (backslashEscapes && c == '\\') {
                    i += 2;
                } else if (c == quote && next() == quote) {
                    i += 2;
                } else if (c == quote) {
                    i++;
                    return;
                } else {
                    i++;
                }
            }
        }

        /** Past a block comment; PostgreSQL's nest. */
        private void blockComment() {
            int depth = 0;
            while (i < s.length()) {
                if (s.startsWith("/*", i)) {
                    depth++;
                    i += 2;
                } else if (s.startsWith("*/", i)) {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    i++;
                }
            }
        }

        /** Past a dollar-quoted string {@code $tag$...$tag$}; a {@code $1} is a positional parameter, left alone. */
        private void dollar() {
            int end = i + 1;
            while (end < s.length() && identifierPart(s.charAt(end)) && s.charAt(end) != '$') {
                end++;
            }
            boolean tag = end < s.length() && s.charAt(end) == '$' && (end == i + 1 || !Character.isDigit(s.charAt(i + 1)));
            if (!tag) {
                i++;
                return;
            }
            String delimiter = s.substring(i, end + 1);
            int close = s.indexOf(delimiter, end + 1);
            i = close < 0 ? s.length() : close + delimiter.length();
        }

        /** {@code ::type} is a cast; {@code :name} is a parameter. */
        private void colon() {
            if (next() == ':') {
                i += 2;
                return;
            }
            int end = i + 1;
            if (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '_')) {
                while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) {
                    end++;
                }
                marks.add(new Mark(i, end - i, s.substring(i + 1, end)));
            }
            i = end;
        }

        private char next() {
            return i + 1 < s.length() ? s.charAt(i + 1) : 0;
        }

        private char previous() {
            return i > 0 ? s.charAt(i - 1) : 0;
        }

        private static boolean identifierPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
