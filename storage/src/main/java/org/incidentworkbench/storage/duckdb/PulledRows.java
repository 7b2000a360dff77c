package org.incidentworkbench.storage.duckdb;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBTableFunction;
import org.duckdb.DuckDBTableFunctionBindInfo;
import org.duckdb.DuckDBTableFunctionCallInfo;
import org.duckdb.DuckDBTableFunctionInitInfo;
import org.duckdb.DuckDBWritableVector;
import org.incidentworkbench.storage.schema.Column;
import org.incidentworkbench.storage.schema.ColumnType;
import org.incidentworkbench.storage.schema.Relation;

/**
 * A DuckDB table function giving the rows of one signal relation that a {@link RowBatches} hands
 * over, so that one {@code INSERT … SELECT} takes them all ({@link #insertSql}). DuckDB calls it one
 * call at a time (on the statement's own thread: {@link SnapshotWriter} runs each statement on the
 * thread that issues it), for one chunk of rows each; the values go straight into
 * the chunk's vectors, each text column in one call per chunk. Times leave as epoch microseconds
 * ({@code BIGINT}) and become timestamps in the {@code SELECT}. A failure of the rows' source is
 * kept ({@link #failure}): DuckDB passes on only its text.
 */
final class PulledRows implements DuckDBTableFunction<Object, Object, Object> {

    private final Relation signal;
    private final List<Column> columns;
    private final Consumer<Object[]> seen;
    private RowBatches rows;
    private List<Object[]> batch = List.of();
    private int taken;
    /** Per text column, its values of the chunk being filled; null for the other columns. */
    private String[][] texts;
    private volatile RuntimeException failure;

    /** Rows of {@code signal}, each shown to {@code seen} as it goes into a chunk. */
    PulledRows(Relation signal, Consumer<Object[]> seen) {
        this.signal = signal;
        this.columns = signal.columns();
        this.seen = seen;
    }

    /** The name the function is registered under. */
    String name() {
        return "incoming_" + signal.tableName();
    }

    /** The statement that inserts every row of the function into the signal's table. */
    String insertSql() {
        String select = String.join(", ", columns.stream()
                .map(c -> c.type() == ColumnType.TIMESTAMPTZ ? "make_timestamptz(" + c.name() + ")" : c.name())
                .toList());
        return "INSERT INTO main." + signal.tableName() + " SELECT " + select + " FROM " + name() + "()";
    }

    /** Serves {@code next} to the next statement; the function gives nothing until then. */
    void from(RowBatches next) {
        rows = next;
        batch = List.of();
        taken = 0;
        failure = null;
    }

    /** What the rows' source threw during the last statement, if anything. */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public Object bind(DuckDBTableFunctionBindInfo info) {
        for (Column c : columns) {
            info.addResultColumn(c.name(), switch (c.type()) {
                case TIMESTAMPTZ, INTEGER -> DuckDBColumnType.BIGINT;
                case DOUBLE -> DuckDBColumnType.DOUBLE;
                case TEXT, JSONB -> DuckDBColumnType.VARCHAR;
                default -> throw new IllegalArgumentException("not a signal column: " + c);
            });
        }
        return null;
    }

    @Override
    public Object init(DuckDBTableFunctionInitInfo info) {
        info.setMaxThreads(1); // one call at a time, so the rows keep their order
        return null;
    }

    @Override
    public long apply(DuckDBTableFunctionCallInfo info, DuckDBDataChunkWriter out) {
        try {
            return fill(out);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    private int fill(DuckDBDataChunkWriter out) {
        int capacity = (int) out.capacity();
        if (texts == null) {
            texts = textArrays(capacity);
        }
        DuckDBWritableVector[] vectors = new DuckDBWritableVector[columns.size()];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = out.vector(i);
        }
        int n = 0;
        while (n < capacity && rows != null) {
            if (taken == batch.size()) {
                batch = rows.next();
                taken = 0;
                if (batch.isEmpty()) {
                    rows = null;
                    break;
                }
            }
            Object[] row = batch.get(taken++);
            seen.accept(row);
            put(row, n++, vectors);
        }
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null && n > 0) {
                vectors[i].setStrings(0, n == capacity ? texts[i] : Arrays.copyOf(texts[i], n));
            }
        }
        return n;
    }

    private void put(Object[] row, int at, DuckDBWritableVector[] vectors) {
        for (int i = 0; i < vectors.length; i++) {
            Object value = row[i];
            if (texts[i] != null) {
                texts[i][at] = (String) value;
            } else if (value == null) {
                vectors[i].setNull(at);
            } else if (columns.get(i).type() == ColumnType.DOUBLE) {
                vectors[i].setDouble(at, (Double) value);
            } else {
                vectors[i].setLong(at, (Long) value);
            }
        }
    }

    private String[][] textArrays(int capacity) {
        String[][] arrays = new String[columns.size()][];
        for (int i = 0; i < arrays.length; i++) {
            ColumnType type = columns.get(i).type();
            if (type == ColumnType.TEXT || type == ColumnType.JSONB) {
                arrays[i] = new String[capacity];
            }
        }
        return arrays;
    }
}
