package org.incidentworkbench.storage.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parameterised statements on one SQLite connection of the state file, each failure turned into
 * the owner's plain exception (which names the file and what it holds).
 */
public final class Statements {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Function<SQLException, RuntimeException> failure;

    public Statements(Connection connection, Function<SQLException, RuntimeException> failure) {
        this.connection = connection;
        this.failure = failure;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.read(rs));
            }
            return result;
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    public void update(String sql, Object... parameters) {
        try {
            execute(sql, parameters);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    /** As {@link #update}, for callers inside a transaction of their own that handle the failure. */
    public void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
