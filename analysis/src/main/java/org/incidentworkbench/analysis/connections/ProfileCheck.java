package org.incidentworkbench.analysis.connections;

import java.util.List;

/**
 * Whether a source profile fits a database: each problem is a plain sentence that says where in
 * the profile it is (its line) and what the server said. No problems: the profile fits.
 */
public record ProfileCheck(String profile, List<String> problems) {

    public ProfileCheck {
        problems = List.copyOf(problems);
    }

    public boolean fits() {
        return problems.isEmpty();
    }
}
