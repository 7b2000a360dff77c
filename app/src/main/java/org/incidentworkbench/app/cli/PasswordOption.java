package org.incidentworkbench.app.cli;

import java.io.Console;
import java.util.Arrays;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.storage.postgres.PostgresSources;
import org.incidentworkbench.storage.postgres.PostgresTarget;
import picocli.CommandLine.Option;

/**
 * {@code -W}: ask for the database password on the terminal, as {@code psql -W} does. Without it,
 * on a terminal, the password is asked for when the server refuses the login without one, as
 * {@code psql} does too. A password lives only in memory for the command's run; it is never written
 * anywhere.
 */
public final class PasswordOption {

    @Option(names = {"-W", "--password"}, interactive = true, arity = "0",
            description = {"Ask for the password on the terminal (never stored).",
                "Without it: the password in the URL, else PGPASSWORD, else ~/.pgpass, else a prompt on a terminal."})
    private char[] password;

    /** {@code target} with the password typed, if one was asked for or the server wants one. */
    public PostgresTarget applyTo(PostgresTarget target) {
        if (password != null) {
            return withTyped(target, password);
        }
        Console console = System.console();
        if (target.password() != null || console == null) {
            return target;
        }
        try {
            PostgresSources.capabilities(target);
            return target;
        } catch (LoginRefusedException refused) {
            char[] typed = console.readPassword("Password for user %s at %s: ", target.user(), target.display());
            return typed == null ? target : withTyped(target, typed);
        }
    }

    private static PostgresTarget withTyped(PostgresTarget target, char[] typed) {
        PostgresTarget withPassword = target.withPassword(new String(typed));
        Arrays.fill(typed, '\0');
        return withPassword;
    }
}
