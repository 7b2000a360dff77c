package org.incidentworkbench.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A listing: named columns and rows of typed cells ({@link String}, {@link Number}, {@link
 * java.time.Instant} or null), so that each format can print a cell its own way (JSON numbers stay
 * numbers). Column names are lower_snake_case: they are the CSV header and the JSON keys as well.
 */
public final class Table {

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Table(List<String> columns) {
        this.columns = columns;
    }

    public static Table withColumns(String... columns) {
        return new Table(List.of(columns));
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(cells)));
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }
}
