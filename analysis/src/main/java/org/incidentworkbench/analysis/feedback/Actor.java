package org.incidentworkbench.analysis.feedback;

import java.util.Objects;

/**
 * Who recorded a feedback event.
 *
 * @param type {@code user}, {@code system} or {@code integration}
 * @param id who exactly, when known (a login name); may be null
 */
public record Actor(String type, String id) {

    public Actor {
        Objects.requireNonNull(type, "type");
    }

    public static Actor user(String id) {
        return new Actor("user", id);
    }
}
