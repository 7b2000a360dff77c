package org.incidentworkbench.app.cli;

import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.incidentworkbench.storage.postgres.PostgresSources;
import org.incidentworkbench.storage.postgres.ProfileCheck;
import org.incidentworkbench.storage.profiles.ProfileProblem;
import org.incidentworkbench.storage.profiles.ProfileSql;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.schema.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code workbench profile check URL --profile X}: what the server is, and whether the profile fits
 * it, relation by relation; exits 1 when it does not.
 */
@Command(name = "check", description = {
    "Check a source profile against a PostgreSQL database without reading any data: the server parses every",
    "template the profile would use there, and the columns each returns are compared with the canonical ones.",
    "Prints the server's version and extensions and, per relation, the template's line and any problem;",
    "exits 1 when the profile does not fit."})
public final class ProfileCheckCommand implements Callable<Integer> {

    @Mixin
    private LiveSourceOptions source;

    @Mixin
    private OutputOptions output;

    @Spec
    private CommandSpec spec;

    private final SourceProfiles profiles;

    public ProfileCheckCommand(SourceProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Integer call() {
        SourceProfile profile = source.profile(profiles);
        ProfileCheck check = PostgresSources.check(source.target(), profile);
        Table table = Table.withColumns("relation", "line", "requires", "problem");
        for (Relation r : Relation.values()) {
            ProfileSql chosen = check.chosen().get(r);
            Optional<ProfileProblem> problem = check.problems().stream().filter(p -> r.tableName().equals(p.part())).findFirst();
            table.row(r.tableName(), problem.map(ProfileProblem::line).orElse(chosen == null ? null : chosen.line()),
                    chosen == null || chosen.requires().isEmpty() ? null : String.join(", ", new TreeSet<>(chosen.requires())),
                    problem.map(ProfileProblem::message).orElse(null));
        }
        check.problems().stream().filter(p -> p.part() == null || Relation.named(p.part()).isEmpty())
                .forEach(p -> table.row(p.part(), p.line() == 0 ? null : p.line(), null, p.message()));
        new Details("relations", table)
                .with("server", check.server().describe())
                .with("profile", profile.name())
                .with("from", profile.origin())
                .with("fits", check.ok() ? "yes" : "no: " + check.problems().size() + " problem"
                        + (check.problems().size() == 1 ? "" : "s"))
                .print(output, spec.commandLine().getOut());
        return check.ok() ? ErrorReporter.OK : ErrorReporter.FAILURE;
    }
}
