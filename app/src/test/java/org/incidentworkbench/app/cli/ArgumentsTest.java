package org.incidentworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.incidentworkbench.analysis.logs.LogCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ArgumentsTest {

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "10s, PT10S", "1m, PT1M", "5m, PT5M", "1h, PT1H", "1d, PT24H", "PT15M, PT15M", "2H, PT2H"})
    void bucketWidthsAreANumberWithAUnitOrIso8601(String text, Duration expected) {
        assertThat(new DurationArgument().convert(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "5x", "m", "-1m", "PT-1M", "1.5m"})
    void zeroNegativeOrUnitlessWidthsAreRejected(String text) {
        assertThatThrownBy(() -> new DurationArgument().convert(text)).isInstanceOf(TypeConversionException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-20T14:05:00Z, 2026-11-20T14:05:00Z",
        "2026-11-20T14:05:00.25Z, 2026-11-20T14:05:00.25Z",
        "2026-11-20T16:05+02:00, 2026-11-20T14:05:00Z",
        "2026-11-20T14:05, 2026-11-20T14:05:00Z",
        "2026-11-20, 2026-11-20T00:00:00Z"})
    void timesAreIso8601AndMeanUtcWithoutAZone(String text, Instant expected) {
        assertThat(new InstantArgument().convert(text)).isEqualTo(expected);
    }

    @Test
    void aCursorReadsBackAsItWasPrinted() {
        LogCursor cursor = new LogCursor(1_763_647_500_123_456L, 98_765L);

        assertThat(new CursorArgument().convert(CursorArgument.format(cursor))).isEqualTo(cursor);
    }
}
