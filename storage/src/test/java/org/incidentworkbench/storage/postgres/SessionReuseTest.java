package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.ReadCancelledException;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sessions a live source's reads run on, told apart by their server process ids: a read reuses
 * the session of one that ended cleanly, never that of a read that failed or was cancelled, and a
 * kept session that the server ended meanwhile costs the next read nothing but a new session.
 */
class SessionReuseTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();
    static final Cancellation NONE = Cancellation.none();

    @Test
    void aReadReusesTheSessionOfTheReadBefore() {
        QueryRunner db = new QueryRunner(PG.target(), List.of());

        int first = backend(db);

        assertThat(backend(db)).isEqualTo(first);
        assertThat(backend(db)).isEqualTo(first);
    }

    @Test
    void theSessionOfAFailedReadIsClosedNotReused() throws Exception {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        int kept = backend(db);

        assertThatThrownBy(() -> db.list("a bad read", Sql.of("SELECT no_such_column FROM services"), rs -> 1, NONE))
                .isInstanceOf(SourceException.class);

        assertThat(backend(db)).isNotEqualTo(kept);
        awaitGone(kept);
    }

    @Test
    void theSessionOfACancelledReadIsClosedNotReused() throws Exception {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        int kept = backend(db);
        Cancellation cancel = Cancellation.create();
        CompletableFuture<List<Integer>> read = CompletableFuture.supplyAsync(() -> db.list("a long read",
                Sql.of("SELECT 1 AS one FROM pg_sleep(60)"), rs -> 1, cancel));
        awaitSleeping(kept);

        cancel.cancel();

        assertThatThrownBy(() -> read.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ReadCancelledException.class);
        assertThat(backend(db)).isNotEqualTo(kept);
        awaitGone(kept);
    }

    @Test
    void aKeptSessionTheServerEndedIsReplacedWithoutFailingTheRead() throws Exception {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        int kept = backend(db);
        try (Connection admin = PG.admin(); PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, kept);
            ps.execute();
        }
        awaitGone(kept);

        assertThat(backend(db)).isNotEqualTo(kept);
    }

    @Test
    void closingTheSourceClosesTheSessionsItKept() throws Exception {
        QueryRunner db = new QueryRunner(PG.target(), List.of());
        int kept = backend(db);

        db.close();

        awaitGone(kept);
    }

    private static int backend(QueryRunner db) {
        return db.list("the session", Sql.of("SELECT pg_backend_pid() AS pid"), rs -> rs.getInt("pid"), NONE).getFirst();
    }

    private static void awaitSleeping(int pid) throws Exception {
        await(pid, "state = 'active' AND query LIKE '%pg_sleep%'", true);
    }

    private static void awaitGone(int pid) throws Exception {
        await(pid, "true", false);
    }

    /** Waits until the server process {@code pid} matches {@code condition} in pg_stat_activity ({@code present}) or not. */
    private static void await(int pid, String condition, boolean present) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection admin = PG.admin(); PreparedStatement ps = admin.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND " + condition)) {
            ps.setInt(1, pid);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if ((rs.getInt(1) > 0) == present) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("session " + pid + (present ? " busy" : " gone")).isLessThan(deadline);
                Thread.sleep(10);
            }
        }
    }
}
