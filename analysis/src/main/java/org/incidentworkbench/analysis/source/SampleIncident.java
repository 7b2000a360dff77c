package org.incidentworkbench.analysis.source;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The bundled sample incident's snapshot file: generated on first use (and again when the file
 * there is not a current snapshot), then reused.
 */
@FunctionalInterface
public interface SampleIncident {

    /** The snapshot file, ready to open; {@code status} hears what is being done while it is prepared. */
    Path ensure(Consumer<String> status);
}
