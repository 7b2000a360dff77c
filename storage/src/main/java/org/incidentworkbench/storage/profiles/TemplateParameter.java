package org.incidentworkbench.storage.profiles;

import java.util.Locale;
import java.util.Optional;
import org.incidentworkbench.analysis.time.TimeRange;

/**
 * The named parameters the engine binds into a signal relation's template: the bounds of the
 * read's time window, so a template can put the range on its own indexed time column. Both are
 * TIMESTAMPTZ values; {@code :to} is exclusive.
 */
enum TemplateParameter {
    FROM, TO;

    String spelling() {
        return ":" + name().toLowerCase(Locale.ROOT);
    }

    long micros(TimeRange window) {
        return this == FROM ? window.startMicros() : window.endMicros();
    }

    static Optional<TemplateParameter> named(String name) {
        for (TemplateParameter p : values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
