package org.incidentworkbench.storage.profiles;

import java.util.List;
import java.util.stream.Collectors;
import org.incidentworkbench.analysis.source.SourceException;

/** A source profile that cannot be used: every problem found, one per line of the message. */
public final class ProfileException extends SourceException {

    private final List<ProfileProblem> problems;

    public ProfileException(List<ProfileProblem> problems) {
        super(problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a broken profile has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
