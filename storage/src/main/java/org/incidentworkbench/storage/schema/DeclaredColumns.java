package org.incidentworkbench.storage.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns schema version {@value EvidenceSchema#CURRENT_VERSION} declares for each table, in DDL
 * order, with their exact types as DuckDB's catalog spells them ({@code UUID}, {@code INTEGER},
 * {@code TIMESTAMP WITH TIME ZONE}, {@code FLOAT[]}, ...): what a snapshot must hold and what a copy
 * writes, where {@link Relation} says what the reads need. Read once from the DuckDB DDL applied to
 * an in-memory database, so the DDL stays the one definition of the schema.
 */
public final class DeclaredColumns {

    /** One column as the DDL declares it: its lower-case name and its DuckDB type. */
    public record DeclaredColumn(String name, String duckDbType) {
    }

    private static final Map<String, List<DeclaredColumn>> BY_TABLE = load();

    private DeclaredColumns() {
    }

    /** The columns of {@code table}, one of {@link EvidenceSchema#TABLES}, in DDL order. */
    public static List<DeclaredColumn> of(String table) {
        List<DeclaredColumn> columns = BY_TABLE.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("not a table of the incident schema: " + table);
        }
        return columns;
    }

    private static Map<String, List<DeclaredColumn>> load() {
        Map<String, List<DeclaredColumn>> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String ddl : EvidenceSchema.statements(EvidenceSchema.Engine.DUCKDB)) {
                st.execute(ddl);
            }
            try (ResultSet rs = st.executeQuery("SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                            .add(new DeclaredColumn(rs.getString(2).toLowerCase(Locale.ROOT), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the DuckDB schema DDL of this build does not run", e);
        }
        out.replaceAll((table, columns) -> List.copyOf(columns));
        return Map.copyOf(out);
    }
}
