package org.incidentworkbench.app.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 records: fields joined by commas, quoted when they hold a comma, quote or line break, CRLF-terminated. */
final class Csv {

    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
