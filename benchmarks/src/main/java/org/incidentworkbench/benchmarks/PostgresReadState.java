package org.incidentworkbench.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.postgres.LoadProgress;
import org.incidentworkbench.storage.postgres.PostgresSources;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SnapshotLoader;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The default sample loaded into an embedded PostgreSQL through the loader, analysed, and opened as a live source. */
@State(Scope.Benchmark)
public class PostgresReadState extends SourceReadState {

    private BenchPostgres server;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        server = BenchPostgres.start();
        PostgresTarget target = server.newDatabase("incidents");
        SnapshotLoader.load(SampleSnapshot.defaultScenario(), target, false, LoadProgress.NONE, Cancellation.none());
        // Planner statistics, as autovacuum would have gathered them on a live server.
        try (Connection c = target.openWriter(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        opened(PostgresSources.open(target));
    }

    @TearDown(Level.Trial)
    public void close() {
        source.close();
        server.close();
    }
}
