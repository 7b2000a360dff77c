package org.incidentworkbench.app.cli;

import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The source a reading command takes as its first parameter: a snapshot file, or a live database
 * by its {@code postgresql://} URL (read through {@code --profile}, with {@code -W} to ask for the
 * password). Either way the command reads the same {@link IncidentSource}.
 */
public final class SourceArgument {

    /** The parameter's description, for a command that declares SOURCE itself (see {@link SourceConnection}). */
    static final String DESCRIBE_FILE = "A snapshot file (.duckdb), e.g. one written by 'workbench sample',";
    static final String DESCRIBE_DATABASE = "or a database: postgresql://user@host:port/database[?sslmode=verify-full].";

    @Parameters(index = "0", paramLabel = "SOURCE", description = {DESCRIBE_FILE, DESCRIBE_DATABASE})
    private String source;

    @Mixin
    private SourceConnection connection;

    /** Opens the source read-only; a file that is not a snapshot or a database that cannot be read fails plainly. */
    public IncidentSource open(SourceProfiles profiles) {
        return connection.open(source, profiles);
    }
}
