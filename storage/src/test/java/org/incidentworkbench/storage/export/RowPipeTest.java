package org.incidentworkbench.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.duckdb.DuckDBDriver;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.CancellableQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pipe over a real DuckDB query, as the export uses it. */
@Timeout(30)
class RowPipeTest {

    private Connection duck;

    @BeforeEach
    void open() throws SQLException {
        Properties streamed = new Properties();
        streamed.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true"); // as the snapshot engine's connections
        duck = DriverManager.getConnection("jdbc:duckdb:", streamed);
    }

    @AfterEach
    void close() throws SQLException {
        duck.close();
    }

    /** A read of the numbers 0..n-1 (n may be huge: the query streams). */
    private RowPipe.Read numbers(long n) {
        return (rows, cancel) -> {
            try (PreparedStatement ps = duck.prepareStatement("SELECT i FROM range(" + n + ") t(i)")) {
                CancellableQuery.forEach(ps, rs -> rows.accept(new Object[] {rs.getLong(1)}), cancel);
            } catch (SQLException e) {
                ReadCancelledException cancelled = CancellableQuery.cancellation(e, cancel);
                throw cancelled != null ? cancelled : new SourceException(e.getMessage(), e);
            }
        };
    }

    /** Hands every row of {@code pipe} to {@code consumer}, as a writer takes them. */
    private static void drain(RowPipe pipe, Consumer<Object[]> consumer) {
        for (List<Object[]> batch = pipe.next(); !batch.isEmpty(); batch = pipe.next()) {
            batch.forEach(consumer);
        }
    }

    @Test
    void everyRowArrivesOnceInTheReadsOrder() {
        List<Long> seen = new ArrayList<>();
        try (RowPipe pipe = RowPipe.start(numbers(100_000), Cancellation.none())) {
            drain(pipe, row -> seen.add((Long) row[0]));
            assertThat(pipe.next()).as("after the last row").isEmpty();
        }
        assertThat(seen).hasSize(100_000);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
    }

    @Test
    void theReadsFailureReachesTheTaker() {
        List<Object[]> seen = new ArrayList<>();
        RowPipe.Read failing = (rows, cancel) -> {
            numbers(5_000).run(rows, cancel);
            throw new SourceException("the source went away");
        };
        try (RowPipe pipe = RowPipe.start(failing, Cancellation.none())) {
            assertThatThrownBy(() -> drain(pipe, seen::add)).isInstanceOf(SourceException.class)
                    .hasMessage("the source went away");
        }
        assertThat(seen).hasSizeLessThanOrEqualTo(5_000);
    }

    @Test
    void cancellingStopsAnEndlessReadAndTheTaker() {
        Cancellation cancel = Cancellation.create();
        long[] taken = {0};
        try (RowPipe pipe = RowPipe.start(numbers(Long.MAX_VALUE / 2), cancel)) {
            assertThatThrownBy(() -> drain(pipe, row -> {
                if (++taken[0] == 20_000) {
                    cancel.cancel();
                }
            })).isInstanceOf(ReadCancelledException.class);
        }
        assertThat(taken[0]).isGreaterThanOrEqualTo(20_000);
    }

    @Test
    void closingAPipeNobodyTookFromStopsItsRead() {
        RowPipe pipe = RowPipe.start(numbers(Long.MAX_VALUE / 2), Cancellation.none());
        pipe.close(); // returns only once the reading thread has ended: the test's time limit holds it to that
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("export-read") && t.isAlive());
    }
}
