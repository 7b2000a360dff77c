package org.incidentworkbench.storage.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.incidentworkbench.analysis.source.SourceException;
import org.junit.jupiter.api.Test;

/**
 * The messages of an export that ran out of room, from DuckDB's own words (taken from a real
 * export into a full 2 MB tmpfs). A file size cap is tested for real in app's ExportFailuresTest;
 * a full disk needs a mount, which a test cannot count on.
 */
class ExportFailureMessagesTest {

    static final Path TARGET = Path.of("/reviews/review.duckdb");

    static SourceException failed(String duckDb) {
        return new SourceException("cannot finish snapshot review.duckdb: " + duckDb, new SQLException(duckDb));
    }

    @Test
    void aFullDiskSaysThereIsNotEnoughSpaceInTheFolderAndThatThePreviousFileIsUnchanged() {
        SourceException failure = failed("TransactionContext Error: Failed to commit: Could not write file"
                + " \"/reviews/.review.duckdb.partial-5361fb59814637b6.wal\": No space left on device");

        RuntimeException plain = ExportFailures.plain(TARGET, failure);

        assertThat(plain).hasMessage("Cannot write review.duckdb: there is not enough space left on the disk (or in your"
                + " quota) for it in /reviews. Nothing was written under that name: a file already there is unchanged."
                + " Free some space or choose another folder.").hasCause(failure);
    }

    @Test
    void aFileSizeLimitIsNamedAsSuch() {
        RuntimeException plain = ExportFailures.plain(TARGET, failed("IO Error: Could not write file"
                + " \"/reviews/.review.duckdb.partial-8a173f56f692ad34\": File too large"));

        assertThat(plain).hasMessageStartingWith("Cannot write review.duckdb: it would be larger than this system lets a file be");
    }

    @Test
    void anyOtherFailureIsLeftAsItIs() {
        SourceException failure = failed("Constraint Error: Duplicate key");

        assertThat(ExportFailures.plain(TARGET, failure)).isSameAs(failure);
    }
}
