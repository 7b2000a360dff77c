package org.incidentworkbench.storage.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.incidentworkbench.analysis.logs.LogTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.templates.StoredTemplates;
import org.incidentworkbench.analysis.time.Micros;

/**
 * Fills a snapshot's {@code log_templates} from the log records it holds, so the table always
 * describes exactly those records. The records are mined in their stored order, (service,
 * severity, time, id): each service's and severity's records oldest first, as a live source's
 * analysis reads them, so a snapshot and the database it came from give the same templates
 * whatever order the writer was handed the rows in.
 */
final class SnapshotTemplates {

    private SnapshotTemplates() {
    }

    /** Mines {@code main.log_records} (streamed: the connection must stream results) into templates. */
    static List<LogTemplate> mine(DuckDBConnection connection) throws SQLException {
        StoredTemplates templates = new StoredTemplates(MinerSettings.defaults());
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT service, severity, epoch_us(ts), body FROM main.log_records"
                     + " ORDER BY service, severity, ts, log_id")) {
            while (rs.next()) {
                templates.add(rs.getString(1), Severity.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4));
            }
        }
        return templates.templates();
    }

    /** Stores {@code templates} in {@code main.log_templates}. */
    static void write(DuckDBConnection connection, List<LogTemplate> templates) throws SQLException {
        try (DuckDBAppender a = connection.createAppender("main", "log_templates")) {
            for (LogTemplate t : templates) {
                a.beginRow().append(t.templateId()).append(t.service()).append(t.severity().name()).append(t.template())
                        .append(t.example()).append(t.count()).append(t.percentage())
                        .appendEpochMicros(Micros.of(t.firstSeen())).appendEpochMicros(Micros.of(t.lastSeen()));
                a.endRow();
            }
        }
    }
}
