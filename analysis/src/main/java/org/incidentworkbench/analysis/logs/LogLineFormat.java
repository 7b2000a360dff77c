package org.incidentworkbench.analysis.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a plain log file's lines in the Loghub/logparser convention, e.g.
 * {@code <Date> <Time> <Level> <Component>: <Content>}: each {@code <Name>} is a field, {@code
 * <Content>} the message to mine. The text between fields is literal, except that a run of spaces
 * matches any run of whitespace, a backslash makes the next character literal, and {@code (...)?}
 * marks an optional part. Those two are what Loghub's own formats use ({@code \[<Time>\]},
 * {@code <Component>(\[<PID>\])?: <Content>}), so they can be pasted as they are; a parenthesis
 * not closing as {@code )?} is just a parenthesis.
 */
public final class LogLineFormat {

    /** The field holding the message to mine. */
    public static final String CONTENT = "Content";

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final String format;
    private final Pattern pattern;
    private final List<String> fields;

    private LogLineFormat(String format, Pattern pattern, List<String> fields) {
        this.format = format;
        this.pattern = pattern;
        this.fields = List.copyOf(fields);
    }

    /**
     * Compiles {@code text}.
     *
     * @throws IllegalArgumentException naming the problem: an unclosed {@code <}, an empty or
     *     malformed field name, a field named twice, no {@code <Content>} field, a backslash at the end
     */
    public static LogLineFormat compile(String text) {
        // Lines are trimmed before matching, so spaces around the format could never match.
        String format = text.strip();
        if (format.isEmpty()) {
            throw new IllegalArgumentException("the log format is empty; e.g. '<Date> <Time> <Level> <Component>: <Content>'");
        }
        boolean[] optional = optionalParentheses(format);
        StringBuilder regex = new StringBuilder("^");
        StringBuilder literal = new StringBuilder();
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '<') {
                int close = fieldEnd(format, i);
                String name = fieldName(format, i, close, fields);
                flush(literal, regex);
                // Lazy, as logparser's (.*?): each field ends at the first place the rest of the line still fits.
                regex.append("(?<").append(name).append(">.*?)");
                fields.add(name);
                i = close + 1;
            } else if (c == '\\') {
                if (i + 1 == format.length()) {
                    throw new IllegalArgumentException("the log format ends with a '\\' that escapes nothing");
                }
                literal.append(format.charAt(i + 1));
                i += 2;
            } else if (c == ' ') {
                flush(literal, regex);
                regex.append("\\s+");
                while (i < format.length() && format.charAt(i) == ' ') {
                    i++;
                }
            } else if (optional[i]) {
                flush(literal, regex);
                boolean opening = c == '(';
                regex.append(opening ? "(?:" : ")?");
                i += opening ? 1 : 2;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, regex);
        if (!fields.contains(CONTENT)) {
            throw new IllegalArgumentException("the log format '" + format + "' has no <" + CONTENT
                    + "> field: mark the message to mine with <" + CONTENT + ">");
        }
        return new LogLineFormat(format, Pattern.compile(regex.append('$').toString()), fields);
    }

    /** The field names, in the order of the format. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The fields of {@code line} by name (a field of an optional part that is absent is left out),
     * or empty when the line does not fit the format. The line is trimmed first, as logparser does.
     */
    public Optional<Map<String, String>> parse(String line) {
        Matcher m = pattern.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            String value = m.group(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        return Optional.of(values);
    }

    /** Just the {@code <Content>} of {@code line}, or empty when it does not fit: what mining needs, without a map per line. */
    public Optional<String> content(String line) {
        Matcher m = pattern.matcher(line.strip());
        return m.matches() ? Optional.ofNullable(m.group(CONTENT)) : Optional.empty();
    }

    @Override
    public String toString() {
        return format;
    }

    private static int fieldEnd(String format, int open) {
        int close = format.indexOf('>', open + 1);
        if (close < 0) {
            throw new IllegalArgumentException("the log format has an unclosed '<' at column " + (open + 1)
                    + ": fields are written <Name>");
        }
        return close;
    }

    private static String fieldName(String format, int open, int close, List<String> seen) {
        String name = format.substring(open + 1, close);
        if (!FIELD_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the log format's field <" + name + "> at column " + (open + 1)
                    + " is not a name: use letters and digits, starting with a letter");
        }
        if (seen.contains(name)) {
            throw new IllegalArgumentException("the log format names the field <" + name + "> twice");
        }
        return name;
    }

    private static void flush(StringBuilder literal, StringBuilder regex) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    /**
     * Marks the parentheses that open and close an optional part, {@code (...)?}: pairs them as
     * they nest, skipping escaped characters and field names, and keeps the pairs whose closing
     * parenthesis is followed by {@code ?}. The others stay literal.
     */
    private static boolean[] optionalParentheses(String format) {
        boolean[] optional = new boolean[format.length()];
        Deque<Integer> open = new ArrayDeque<>();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '<') {
                int close = format.indexOf('>', i + 1);
                if (close < 0) {
                    break;
                }
                i = close;
            } else if (c == '(') {
                open.push(i);
            } else if (c == ')' && !open.isEmpty()) {
                int opening = open.pop();
                if (i + 1 < format.length() && format.charAt(i + 1) == '?') {
                    optional[opening] = true;
                    optional[i] = true;
                }
            }
            i++;
        }
        return optional;
    }
}
