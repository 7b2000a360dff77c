package org.incidentworkbench.analysis.templates;

/** How far mining got: lines read so far of those expected (an estimate read first; may be exceeded while data arrives). */
@FunctionalInterface
public interface MiningProgress {

    MiningProgress NONE = (read, expected) -> { };

    void update(long linesRead, long linesExpected);
}
