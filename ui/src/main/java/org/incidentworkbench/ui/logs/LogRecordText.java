package org.incidentworkbench.ui.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/** What the copy buttons put on the clipboard: a record as a log line or as JSON, a context block. */
final class LogRecordText {

    private LogRecordText() {
    }

    /** One line as a log file would hold it: time, severity, service, body, then trace and attributes. */
    static String line(LogRecord r, TimeZoneSetting zone) {
        StringBuilder s = new StringBuilder()
                .append(zone.precise(r.ts())).append(' ')
                .append(String.format("%-5s", r.severity())).append(' ')
                .append(r.service()).append(": ").append(r.body());
        if (r.traceId() != null) {
            s.append(" trace_id=").append(r.traceId());
        }
        if (r.spanId() != null) {
            s.append(" span_id=").append(r.spanId());
        }
        new TreeMap<>(r.attributes()).forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
        return s.toString();
    }

    /** The record as a JSON object; the time in UTC (ISO-8601), attributes sorted by key. */
    static String json(LogRecord r) {
        List<String> fields = new ArrayList<>();
        fields.add(member("id", Long.toString(r.id())));
        fields.add(member("ts", quoted(r.ts().toString())));
        fields.add(member("service", quoted(r.service())));
        fields.add(member("severity", quoted(r.severity().name())));
        fields.add(member("body", quoted(r.body())));
        fields.add(member("trace_id", r.traceId() == null ? "null" : quoted(r.traceId())));
        fields.add(member("span_id", r.spanId() == null ? "null" : quoted(r.spanId())));
        String attributes = new TreeMap<>(r.attributes()).entrySet().stream()
                .map(e -> member(e.getKey(), quoted(e.getValue())))
                .collect(Collectors.joining(", ", "{", "}"));
        fields.add(member("attributes", attributes));
        return fields.stream().collect(Collectors.joining(",\n  ", "{\n  ", "\n}"));
    }

    /** The context as lines in time order, the selected record marked with "»". */
    static String contextBlock(LogContext c, TimeZoneSetting zone) {
        return Stream.of(c.before().stream(), Stream.of(c.anchor()), c.after().stream())
                .flatMap(s -> s)
                .map(r -> (r.id() == c.anchor().id() ? "» " : "  ") + line(r, zone))
                .collect(Collectors.joining("\n"));
    }

    /** Fields first, then attributes sorted by key: the rows of the details table. */
    static List<Map.Entry<String, String>> fields(LogRecord r, TimeZoneSetting zone) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry("time", zone.precise(r.ts()) + " " + zone.label()));
        rows.add(Map.entry("service", r.service()));
        rows.add(Map.entry("severity", r.severity().name()));
        rows.add(Map.entry("id", Long.toString(r.id())));
        rows.add(Map.entry("trace_id", r.traceId() == null ? "—" : r.traceId()));
        rows.add(Map.entry("span_id", r.spanId() == null ? "—" : r.spanId()));
        new TreeMap<>(r.attributes()).forEach((k, v) -> rows.add(Map.entry(k, v)));
        return rows;
    }

    private static String member(String name, String jsonValue) {
        return quoted(name) + ": " + jsonValue;
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
