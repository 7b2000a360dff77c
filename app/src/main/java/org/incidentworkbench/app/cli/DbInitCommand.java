package org.incidentworkbench.app.cli;

import java.util.concurrent.Callable;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import org.incidentworkbench.storage.postgres.SchemaInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code workbench db init URL}: creates the incident schema in a database, or checks the one there. */
@Command(name = "init", description = {
    "Create the incident schema in a PostgreSQL database, or check the one there.",
    "Uses hypertables and a vector column when TimescaleDB and pgvector are installed in the database;",
    "running it again changes nothing and says so. A database holding another schema version, or other",
    "tables under the schema's table names, is refused."})
public final class DbInitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", converter = PostgresUrlArgument.class,
            description = "postgresql://user@host:port/database (add ?sslmode=verify-full to check the server).")
    private PostgresTarget target;

    @Option(names = "--migrate", description = "Upgrade a database holding an older schema version.")
    private boolean migrate;

    @Mixin
    private PasswordOption password;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SchemaInit.Report report = SchemaInit.run(password.applyTo(target), migrate);
        InitReportDetails.of(report).print(output, spec.commandLine().getOut());
        return ErrorReporter.OK;
    }
}
