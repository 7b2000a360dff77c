package org.incidentworkbench.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTicksTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static TimeTicks across(String from, String to, Duration minStep, ZoneId zone) {
        return TimeTicks.across(new TimeRange(Instant.parse(from), Instant.parse(to)), minStep, zone);
    }

    private static List<String> labels(TimeTicks ticks) {
        return ticks.instants().stream().map(ticks::label).toList();
    }

    @Test
    void ticksLandOnRoundTimesOfTheChosenZone() {
        TimeTicks utc = across("2026-05-14T09:07:00Z", "2026-05-14T12:07:00Z", Duration.ofMinutes(18), UTC);
        assertThat(utc.step()).isEqualTo(Duration.ofMinutes(30));
        assertThat(labels(utc)).containsExactly("09:30", "10:00", "10:30", "11:00", "11:30", "12:00");
        // 09:07 UTC is 14:37 in Kolkata (+05:30): the first round half hour there is 15:00.
        TimeTicks kolkata = across("2026-05-14T09:07:00Z", "2026-05-14T12:07:00Z", Duration.ofMinutes(18), KOLKATA);
        assertThat(labels(kolkata).getFirst()).isEqualTo("15:00");
    }

    @Test
    void tenMinuteTicksFallOnTensOfMinutesInAHalfHourOffsetZoneToo() {
        TimeTicks utc = across("2025-05-13T13:31:50Z", "2025-05-13T14:31:50Z", Duration.ofMinutes(7), UTC);
        assertThat(utc.instants()).first().isEqualTo(Instant.parse("2025-05-13T13:40:00Z"));
        TimeTicks kolkata = across("2025-05-13T13:31:50Z", "2025-05-13T14:31:50Z", Duration.ofMinutes(7), KOLKATA);
        assertThat(kolkata.instants()).hasSize(6)
                .allSatisfy(t -> assertThat(t.atZone(KOLKATA).getMinute() % 10).isZero());
    }

    @Test
    void theEndOfTheRangeIsTicked() {
        TimeTicks ticks = across("2026-05-14T09:00:00Z", "2026-05-14T10:00:00Z", Duration.ofMinutes(15), UTC);
        assertThat(labels(ticks)).containsExactly("09:00", "09:15", "09:30", "09:45", "10:00");
    }

    @Test
    void aTickOnMidnightShowsTheDate() {
        TimeTicks ticks = across("2026-05-13T22:00:00Z", "2026-05-14T02:00:00Z", Duration.ofMinutes(45), UTC);
        assertThat(labels(ticks)).containsExactly("22:00", "23:00", "May 14", "01:00", "02:00");
    }

    @Test
    void labelsAreAsPreciseAsTheStep() {
        assertThat(labels(across("2026-05-14T09:00:00Z", "2026-05-14T09:01:00Z", Duration.ofSeconds(8), UTC)))
                .startsWith("09:00:00", "09:00:10");
        assertThat(labels(across("2026-05-14T09:00:00Z", "2026-05-14T09:00:02Z", Duration.ofMillis(200), UTC)))
                .startsWith("09:00:00.000", "09:00:00.250");
    }

    @Test
    void springForwardKeepsTicksOnRoundLocalHours() {
        // Berlin skips 02:00-03:00 local on 2026-03-29: three-hour ticks go on at 03:00, 06:00, not 04:00, 07:00.
        TimeTicks ticks = across("2026-03-28T21:00:00Z", "2026-03-29T21:00:00Z", Duration.ofHours(3), BERLIN);
        assertThat(ticks.step()).isEqualTo(Duration.ofHours(3));
        assertThat(labels(ticks))
                .containsExactly("Mar 29", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00");
    }

    @Test
    void fallBackTicksTheRepeatedHourTwiceEvenlySpaced() {
        // Berlin repeats 02:00-03:00 local on 2026-10-25.
        TimeTicks ticks = across("2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z", Duration.ofMinutes(20), BERLIN);
        assertThat(labels(ticks)).containsExactly("02:00", "02:30", "02:00", "02:30", "03:00");
        assertThat(ticks.instants()).containsExactly(Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:00:00Z"),
                Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void dayStepsFallOnLocalMidnightsAndWeeksOnMondays() {
        TimeTicks days = across("2026-03-26T12:00:00Z", "2026-04-01T12:00:00Z", Duration.ofHours(13), BERLIN);
        assertThat(days.step()).isEqualTo(Duration.ofDays(1));
        assertThat(labels(days)).containsExactly("Mar 27", "Mar 28", "Mar 29", "Mar 30", "Mar 31", "Apr 1");
        assertThat(days.instants())
                .allSatisfy(t -> assertThat(t.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT));
        TimeTicks weeks = across("2026-05-01T00:00:00Z", "2026-06-30T00:00:00Z", Duration.ofDays(3), UTC);
        assertThat(weeks.step()).isEqualTo(Duration.ofDays(7));
        assertThat(weeks.instants())
                .allSatisfy(t -> assertThat(t.atZone(UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(labels(weeks).getFirst()).isEqualTo("May 4");
    }
}
