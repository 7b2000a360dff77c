package org.incidentworkbench.benchmarks;

import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The default sample snapshot, opened as a workspace opens it. */
@State(Scope.Benchmark)
public class SnapshotReadState extends SourceReadState {

    @Setup(Level.Trial)
    public void open() {
        opened(DuckDbSnapshots.open(SampleSnapshot.defaultScenario()));
    }

    @TearDown(Level.Trial)
    public void close() {
        source.close();
    }
}
