package org.incidentworkbench.app.cli;

import java.util.Arrays;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import picocli.CommandLine.Option;

/**
 * {@code -W}: ask for the database password on the terminal, as {@code psql -W} does. The password
 * lives only in memory for the command's run; it is never written anywhere.
 */
public final class PasswordOption {

    @Option(names = {"-W", "--password"}, interactive = true, arity = "0",
            description = {"Ask for the password on the terminal (never stored).",
                "Without it: the password in the URL, else PGPASSWORD, else ~/.pgpass."})
    private char[] password;

    /** {@code target} with the password typed, if one was asked for. */
    public PostgresTarget applyTo(PostgresTarget target) {
        if (password == null) {
            return target;
        }
        PostgresTarget withPassword = target.withPassword(new String(password));
        Arrays.fill(password, '\0');
        return withPassword;
    }
}
