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
    UUID("uuid", "uuid"),
    TEXT("text", "text", "varchar"),
    TIMESTAMPTZ("timestamptz", "timestamptz"),
    JSONB("jsonb", "jsonb"),
    /** PgJDBC names an integer column with a sequence default (serial, identity) by its serial type. */
    INTEGER("bigint", "int2", "int4", "int8", "smallserial", "serial", "bigserial"),
    DOUBLE("double precision", "float8"),
    /** A value the reads widen to double precision themselves. */
    NUMBER("numeric", "numeric", "float4", "float8"),
    BOOLEAN("boolean", "bool"),
    TEXT_ARRAY("text[]", "_text", "_varchar"),
    UUID_ARRAY("uuid[]", "_uuid"),
    REAL_ARRAY("real[]", "_float4");

    private final String sqlName;
    private final Set<String> postgresNames;

    ColumnType(String sqlName, String... postgresNames) {
        this.sqlName = sqlName;
        this.postgresNames = Set.of(postgresNames);
    }

    /** The type's SQL name, which a template casts to, e.g. "double precision". */
    public String sqlName() {
        return sqlName;
    }

    /** Whether a PostgreSQL column of type {@code typeName} (as PgJDBC reports it, e.g. "float8") serves. */
    public boolean acceptsPostgres(String typeName) {
        return postgresNames.contains(typeName);
    }
}
