package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.incidentworkbench.storage.jdbc.Sql;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The buckets of plain PostgreSQL, computed by the server: {@code date_bin} from version 14, the
 * arithmetic expression on older servers (chosen here by the version the dialect is given). Both
 * floor, on either side of the epoch and for widths that do not divide a day, as DuckDB's do.
 */
class DateBinTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();

    static final List<Long> WIDTHS = List.of(1L, 7_000_000L, 13_000_000L, 3_600_000_000L, 86_400_000_000L);
    static final List<Long> TIMES = List.of(-2_208_988_800_000_001L, -86_400_000_000L, -13_000_001L, -13_000_000L, -1L,
            0L, 1L, 12_999_999L, 13_000_000L, 1_747_065_600_123_456L);

    @ParameterizedTest
    @ValueSource(ints = {130000, 140000})
    void bucketsFloorOnBothSidesOfTheEpoch(int versionNumber) throws SQLException {
        ServerCapabilities found = PostgresSources.capabilities(PG.target());
        PostgresDialect d = PostgresDialect.of(new ServerCapabilities(found.version(), versionNumber, found.installed(),
                found.available(), found.encrypted()));
        try (Connection c = PG.admin()) {
            for (long width : WIDTHS) {
                for (long micros : TIMES) {
                    Sql sql = Sql.of("SELECT " + d.bucketMicros("bucket") + " FROM (SELECT ").bucket("t", width, d)
                            .add(" AS bucket FROM (SELECT " + d.timestamp() + " AS t) times) buckets", micros);
                    try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                        sql.bind(ps, d);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            assertThat(rs.getLong(1)).as("%d in buckets of %d µs", micros, width)
                                    .isEqualTo(micros - Math.floorMod(micros, width));
                        }
                    }
                }
            }
        }
    }
}
