package org.incidentworkbench.storage.schema;

import java.util.Set;

/**
 * The type of a canonical column, as the reads need it, with the PostgreSQL types (PgJDBC's names)
 * that serve it. Where two types serve alike they are both accepted (varchar reads as text, any
 * integer width as an integer); where a type would change an answer it is not: {@code real} for a
 * metric value would round every aggregate, and {@code json} has no equality, so DISTINCT over
 * labels fails.
 */
public enum ColumnType {
    UUID("uuid", Set.of("uuid")),
    TEXT("text", Set.of("text", "varchar")),
    TIMESTAMPTZ("timestamptz", Set.of("timestamptz")),
    JSONB("jsonb", Set.of("jsonb")),
    INTEGER("an integer type", Set.of("int2", "int4", "int8")),
    DOUBLE("double precision", Set.of("float8")),
    /** A value the reads widen to double precision themselves. */
    NUMBER("numeric", Set.of("numeric", "float4", "float8")),
    BOOLEAN("boolean", Set.of("bool")),
    TEXT_ARRAY("text[]", Set.of("_text", "_varchar")),
    UUID_ARRAY("uuid[]", Set.of("_uuid")),
    REAL_ARRAY("real[]", Set.of("_float4"));

    private final String sqlName;
    private final Set<String> postgresNames;

    ColumnType(String sqlName, Set<String> postgresNames) {
        this.sqlName = sqlName;
        this.postgresNames = postgresNames;
    }

    /** How a message names the type, e.g. "double precision". */
    public String sqlName() {
        return sqlName;
    }

    /** Whether a PostgreSQL column of type {@code typeName} (as PgJDBC reports it, e.g. "float8") serves. */
    public boolean acceptsPostgres(String typeName) {
        return postgresNames.contains(typeName);
    }
}
