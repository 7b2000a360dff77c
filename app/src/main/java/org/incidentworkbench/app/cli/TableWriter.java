package org.incidentworkbench.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prints a {@link Table} in one {@link OutputFormat}. Tables for people round numbers to six
 * significant digits (in scientific notation below one millionth) and right-align numeric
 * columns; CSV and JSON keep full precision. Missing values are empty in CSV, null in JSON and "-"
 * in a table; a table shows line breaks in a cell as {@code \n} so that every row stays on one line.
 */
public final class TableWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String GAP = "  ";
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private final OutputFormat format;
    private final TimeFormat times;

    public TableWriter(OutputFormat format, TimeFormat times) {
        this.format = format;
        this.times = times;
    }

    public void write(Table table, PrintWriter out) {
        switch (format) {
            case TABLE -> writeAligned(table, out);
            case CSV -> writeCsv(table, out);
            case JSON -> out.println(json(jsonRows(table)));
        }
        out.flush();
    }

    /** The rows of {@code table} as JSON objects, for commands that nest a listing in a larger document. */
    public ArrayNode jsonRows(Table table) {
        ArrayNode rows = JSON.createArrayNode();
        for (List<Object> row : table.rows()) {
            ObjectNode object = rows.addObject();
            for (int c = 0; c < row.size(); c++) {
                put(object, table.columns().get(c), row.get(c));
            }
        }
        return rows;
    }

    /** A JSON object to fill, printed with {@link #json}. */
    public static ObjectNode jsonObject() {
        return JSON.createObjectNode();
    }

    public static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(ObjectNode object, String key, Object value) {
        switch (value) {
            case null -> object.putNull(key);
            case Double d when d.isNaN() || d.isInfinite() -> object.putNull(key);
            case Double d -> object.put(key, d);
            case Float f -> object.put(key, f);
            case Long l -> object.put(key, l);
            case Integer i -> object.put(key, i);
            case BigDecimal b -> object.put(key, b);
            case Boolean b -> object.put(key, b);
            case Instant t -> object.put(key, times.format(t));
            default -> object.put(key, value.toString());
        }
    }

    private void writeCsv(Table table, PrintWriter out) {
        out.print(Csv.record(table.columns()));
        for (List<Object> row : table.rows()) {
            out.print(Csv.record(row.stream().map(this::machineText).toList()));
        }
    }

    private void writeAligned(Table table, PrintWriter out) {
        int columns = table.columns().size();
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns());
        for (List<Object> row : table.rows()) {
            lines.add(row.stream().map(this::humanText).toList());
        }
        int[] widths = new int[columns];
        for (List<String> line : lines) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        boolean[] rightAligned = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            rightAligned[c] = isNumericColumn(table, c);
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = line.get(c);
                String padding = " ".repeat(widths[c] - cell.length());
                boolean last = c == columns - 1;
                text.append(rightAligned[c] ? padding + cell : last ? cell : cell + padding);
                if (!last) {
                    text.append(GAP);
                }
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static boolean isNumericColumn(Table table, int column) {
        boolean anyNumber = false;
        for (List<Object> row : table.rows()) {
            Object cell = row.get(column);
            if (cell != null && !(cell instanceof Number)) {
                return false;
            }
            anyNumber |= cell != null;
        }
        return anyNumber;
    }

    /** How a cell reads in a table for people. */
    String humanText(Object value) {
        return switch (value) {
            case null -> "-";
            case Double d when d.isNaN() -> "-";
            case Double d when d.isInfinite() -> d > 0 ? "inf" : "-inf";
            case Double d -> roundForPeople(d);
            case Float f -> roundForPeople(f.doubleValue());
            case BigDecimal b -> b.toPlainString();
            case Instant t -> times.format(t);
            // One row per line: a multi-line cell (a stack trace in a log body) shows its breaks as \n.
            default -> LINE_BREAK.matcher(value.toString()).replaceAll("\\\\n").replace('\t', ' ');
        };
    }

    private String machineText(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d.isNaN() || d.isInfinite() -> "";
            case Double d -> BigDecimal.valueOf(d).toPlainString();
            case BigDecimal b -> b.toPlainString();
            case Instant t -> times.format(t);
            default -> value.toString();
        };
    }

    /** Plain digits, except below one millionth: a p-value of 1e-40 reads better as 1E-40 than as forty zeros. */
    private static String roundForPeople(double d) {
        BigDecimal rounded = significant(d, 6);
        return rounded.abs().compareTo(BigDecimal.ONE) < 0 ? rounded.toString() : rounded.toPlainString();
    }

    /** {@code d} rounded to {@code digits} significant digits, trailing zeros dropped; null for NaN or infinity. */
    public static BigDecimal significant(double d, int digits) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(digits)).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
    }
}
