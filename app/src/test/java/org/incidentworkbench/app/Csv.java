package org.incidentworkbench.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** An RFC 4180 reader for the tests (Commons CSV), independent of the writer under test. */
final class Csv {

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
