package org.incidentworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.storage.feedback.FeedbackSync;
import org.incidentworkbench.storage.feedback.PostgresFeedbackTarget;
import org.incidentworkbench.storage.feedback.PushResult;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench sync FILE --to URL}: pushes a snapshot's feedback, and what is pending for it in the outbox, to PostgreSQL. */
@Command(name = "sync", description = {
    "Push the feedback events of a snapshot, and those recorded for it on this machine, to a PostgreSQL database.",
    "Safe to run again: an event already there is left as it is; an id held there with a different payload",
    "is quarantined (kept in the local state file and reported), never overwritten."})
public final class SyncCommand implements Callable<Integer> {

    private final Path stateFile;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file (.duckdb) whose feedback to push.")
    private Path snapshot;

    @Option(names = "--to", required = true, paramLabel = "URL", converter = PostgresUrlArgument.class,
            description = "postgresql://user@host:port/database")
    private PostgresTarget target;

    @Mixin
    private PasswordOption password;

    @Spec
    private CommandSpec spec;

    public SyncCommand(Path stateFile) {
        this.stateFile = stateFile;
    }

    @Override
    public Integer call() {
        try (FeedbackOutbox outbox = FeedbackOutbox.open(stateFile, Clock.systemUTC())) {
            PushResult result = new FeedbackSync(outbox).sync(snapshot, new PostgresFeedbackTarget(password.applyTo(target)));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("pushed: %d%nalready present: %d%nquarantined: %d%n", result.pushed(), result.alreadyPresent(),
                    result.quarantined().size());
            result.quarantined().forEach(id -> out.println("  quarantined " + id + " (held there with other content)"));
            out.flush();
            return result.quarantined().isEmpty() ? ErrorReporter.OK : ErrorReporter.FAILURE;
        }
    }
}
