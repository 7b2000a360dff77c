package org.incidentworkbench.storage.postgres;

import java.util.List;
import java.util.Map;
import org.incidentworkbench.storage.profiles.ProfileException;
import org.incidentworkbench.storage.profiles.ProfileProblem;
import org.incidentworkbench.storage.profiles.ProfileSql;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Whether a source profile fits a server, as a "Test connection" shows it: the server's
 * capabilities, the template chosen for each relation, and every problem found (none: it fits).
 *
 * @param chosen each relation's template that fits the server's extensions; a relation none fits is absent
 */
public record ProfileCheck(SourceProfile profile, ServerCapabilities server, Map<Relation, ProfileSql> chosen,
        List<ProfileProblem> problems) {

    public ProfileCheck {
        chosen = Map.copyOf(chosen);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Each problem as a sentence that names the profile, the relation and the line. */
    public List<String> messages() {
        return problems.stream().map(ProfileProblem::toString).toList();
    }

    /** @throws ProfileException listing every problem, unless the profile fits */
    public void requireOk() {
        if (!ok()) {
            throw new ProfileException(problems);
        }
    }
}
