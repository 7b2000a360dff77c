package org.incidentworkbench.analysis.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.Severity;
import org.junit.jupiter.api.Test;

class TemplateDiffTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void ranksARealSurgeAboveAHandfulOfNewLines() {
        TemplateActivity surge = activity("checkout timeout after <*>", 2_000, 200);
        TemplateActivity fewNew = activity("cache miss for <*>", 12, 0);

        List<TemplateChange> changes = TemplateDiff.changes(List.of(fewNew, surge), HOUR, HOUR);

        assertThat(changes).extracting(c -> c.activity().text(), TemplateChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("checkout timeout after <*>", TemplateChange.Kind.SURGING),
                org.assertj.core.groups.Tuple.tuple("cache miss for <*>", TemplateChange.Kind.NEW));
        assertThat(changes.get(0).score()).isGreaterThan(changes.get(1).score());
        assertThat(changes.get(0).rateRatio()).isEqualTo(10.0);
    }

    @Test
    void ignoresFewerLinesThanTheMinimumHoweverNew() {
        assertThat(TemplateDiff.changes(List.of(activity("rare <*>", 4, 0)), HOUR, HOUR)).isEmpty();
    }

    @Test
    void ignoresAChangeSmallerThanADoublingHoweverSignificant() {
        assertThat(TemplateDiff.changes(List.of(activity("steady <*>", 190_000, 100_000)), HOUR, HOUR)).isEmpty();
    }

    @Test
    void ignoresADoublingThatChanceExplains() {
        // 10 against 5 in equal windows: p is about 0.2.
        assertThat(TemplateDiff.changes(List.of(activity("noisy <*>", 10, 5)), HOUR, HOUR)).isEmpty();
    }

    @Test
    void findsGoneAndDroppingTemplates() {
        List<TemplateChange> changes = TemplateDiff.changes(
                List.of(activity("heartbeat ok", 0, 60), activity("request served", 100, 1_000)), HOUR, HOUR);

        assertThat(changes).extracting(c -> c.activity().text(), TemplateChange::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("heartbeat ok", TemplateChange.Kind.GONE),
                org.assertj.core.groups.Tuple.tuple("request served", TemplateChange.Kind.DROPPING));
        assertThat(changes).filteredOn(c -> c.kind() == TemplateChange.Kind.GONE).first()
                .extracting(TemplateChange::rateRatio).isEqualTo(0.0);
    }

    @Test
    void comparesRatesSoALongerBaselineIsNotMistakenForADrop() {
        // The same rate, 100 lines an hour, over a one-hour incident against a four-hour baseline.
        assertThat(TemplateDiff.changes(List.of(activity("poll done", 100, 400)), HOUR, HOUR.multipliedBy(4))).isEmpty();
        assertThat(TemplateDiff.changes(List.of(activity("poll done", 100, 100)), HOUR, HOUR.multipliedBy(4)))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(TemplateChange.Kind.SURGING);
                    assertThat(c.rateRatio()).isEqualTo(4.0);
                });
    }

    @Test
    void asksMoreOfEachTemplateTheMoreTemplatesAreCompared() {
        // 40 against 10 in equal windows: p is about 2e-6, a change among 100 templates, chance among 100,000.
        List<TemplateActivity> few = new java.util.ArrayList<>(List.of(activity("x <*>", 40, 10)));
        java.util.stream.IntStream.range(0, 99).forEach(i -> few.add(activity("steady " + i, 10, 10)));
        List<TemplateActivity> many = new java.util.ArrayList<>(few);
        java.util.stream.IntStream.range(0, 99_900).forEach(i -> many.add(activity("steady more " + i, 10, 10)));

        assertThat(TemplateDiff.changes(few, HOUR, HOUR)).extracting(c -> c.activity().text()).containsExactly("x <*>");
        assertThat(TemplateDiff.changes(many, HOUR, HOUR)).isEmpty();
    }

    @Test
    void givesTheChiSquaredTailOfTheLikelihoodRatio() {
        // 30 against 10 in equal windows: G = 2 (30 ln 1.5 + 10 ln 0.5) = 10.465, p = 0.00122.
        assertThat(TemplateDiff.gStatistic(30, 10, 0.5)).isCloseTo(10.465, org.assertj.core.data.Offset.offset(0.001));
        assertThat(TemplateDiff.changes(List.of(activity("x <*>", 30, 10)), HOUR, HOUR)).isEmpty();
        assertThat(TemplateDiff.changes(List.of(activity("x <*>", 40, 10)), HOUR, HOUR)).singleElement()
                .satisfies(c -> assertThat(c.pValue()).isBetween(1e-6, 1e-3));
    }

    static TemplateActivity activity(String text, long incident, long baseline) {
        MinedTemplate t = new MinedTemplate(Integer.toHexString(text.hashCode()), text, incident + baseline, text, List.of());
        return new TemplateActivity(new TemplateKey("checkout", Severity.ERROR), t, incident, 100, baseline,
                Instant.EPOCH, Instant.EPOCH, List.of());
    }
}
