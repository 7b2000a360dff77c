package org.incidentworkbench.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A few named values and one listing, e.g. a snapshot's header and its row counts per table. As a
 * table: "name: value" lines, a blank line, the listing. As CSV: the listing alone. As JSON: one
 * object holding the values and the listing under {@code listingName}.
 */
public final class Details {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final String listingName;
    private final Table listing;

    public Details(String listingName, Table listing) {
        this.listingName = listingName;
        this.listing = listing;
    }

    public Details with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public void print(OutputOptions options, PrintWriter out) {
        TableWriter writer = options.tableWriter();
        switch (options.format()) {
            case TABLE -> {
                int width = values.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
                values.forEach((name, value) ->
                        out.println(String.format("%-" + width + "s %s", name + ":", writer.humanText(value))));
                out.println();
                writer.write(listing, out);
            }
            case CSV -> writer.write(listing, out);
            case JSON -> {
                ObjectNode json = TableWriter.jsonObject();
                values.forEach((name, value) -> writer.put(json, name, value));
                json.set(listingName, writer.jsonRows(listing));
                out.println(TableWriter.json(json));
                out.flush();
            }
        }
    }
}
