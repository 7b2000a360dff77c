package org.incidentworkbench.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.IncidentSource;
import org.incidentworkbench.sample.SampleGenerator;
import org.incidentworkbench.sample.SampleSpec;
import org.incidentworkbench.sample.Scenario;
import org.incidentworkbench.storage.duckdb.DuckDbSnapshots;

/**
 * A workspace where nothing happened: the default scenario generated over six hours (so a whole
 * quiet hour precedes the window) and an incident window of half an hour in the calm before the
 * real incident, where the log templates keep their usual rates. Generated once per test JVM.
 */
public final class QuietHour {

    /** Half an hour whose templates, against the hour before, neither appear, vanish, double nor halve. */
    public static final Instant START = Instant.parse("2025-05-13T13:00:00Z");
    public static final Instant END = START.plus(Duration.ofMinutes(30));

    private static Path file;

    private QuietHour() {
    }

    private static synchronized Path file() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("ui-quiet");
                file = dir.resolve("quiet.duckdb");
                SampleGenerator.generate(new SampleSpec(Scenario.defaultScenario(), SampleSpec.DEFAULT_SEED,
                        Duration.ofHours(6), Duration.ofMinutes(1)), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** A new source on the six-hour sample; the caller closes it. */
    public static IncidentSource open() {
        return DuckDbSnapshots.open(file());
    }

    /** The sample's incident, its window moved to the quiet half hour. */
    public static Incident incident(IncidentSource source) {
        Incident real = source.incidents(Cancellation.none()).getFirst();
        return new Incident(real.id(), real.serviceId(), real.serviceName(), real.title(), real.status(),
                real.triggerType(), real.severity(), START, END, real.createdAt(), real.updatedAt(), real.resolvedAt(),
                real.resolutionKind(), real.resolutionSummary(), real.resolvedHypothesisId());
    }
}
