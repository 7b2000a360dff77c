package org.incidentworkbench.storage.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Connects to a state file and brings its schema to the latest version, one migration script at a time. */
public final class StateSchema {

    private StateSchema() {
    }

    /**
     * A connection of its own on the state file at the latest schema, for a part of the state that
     * needs its own transactions and durability settings (the feedback outbox).
     *
     * @throws SQLException also when the file is not this app's state
     */
    public static Connection connect(Path file) throws SQLException {
        try {
            return connect(file, StateMigrations.ALL);
        } catch (NotOurStateException e) {
            throw new SQLException("the state file " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** An open connection on a file at the latest version; fails when the file is not ours or not SQLite. */
    static Connection connect(Path file, List<String> migrations) throws SQLException, NotOurStateException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA busy_timeout = 2000");
            }
            migrate(connection, migrations);
            return connection;
        } catch (SQLException | NotOurStateException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void migrate(Connection connection, List<String> migrations) throws SQLException, NotOurStateException {
        int version = version(connection);
        if (version > migrations.size()) {
            throw new NotOurStateException("it was written by a newer version of the app (state schema " + version + ")");
        }
        if (version == 0 && hasTables(connection)) {
            throw new NotOurStateException("it holds tables this app did not create");
        }
        for (int v = version; v < migrations.size(); v++) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : migrations.get(v).split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** A readable SQLite file that is not (or not yet) this app's state. */
    static final class NotOurStateException extends Exception {
        NotOurStateException(String plainReason) {
            super(plainReason);
        }
    }
}
