package org.incidentworkbench.storage.schema;

/** A column of a canonical {@link Relation}: its name and type. */
public record Column(String name, ColumnType type) {
}
