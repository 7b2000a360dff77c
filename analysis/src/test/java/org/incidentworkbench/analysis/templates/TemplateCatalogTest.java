package org.incidentworkbench.analysis.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

    @Test
    void numbersTemplatesAcrossServicesAndSeveritiesInOneSequence() {
        TemplateCatalog catalog = new TemplateCatalog(MinerSettings.defaults());

        int a = catalog.add("cart", Severity.INFO, "item added to cart 12");
        int b = catalog.add("cart", Severity.ERROR, "item added to cart 12");
        int c = catalog.add("cart", Severity.INFO, "item added to cart 13");

        assertThat(List.of(a, b, c)).containsExactly(0, 1, 0);
        assertThat(catalog.key(1)).isEqualTo(new TemplateKey("cart", Severity.ERROR));
        assertThat(catalog.resolve()).extracting(MinedTemplate::template)
                .containsExactly("item added to cart <*>", "item added to cart <*>");
    }

    @Test
    void followsAMinerThatJoinsTemplatesOfDifferentLengthsIntoOneGroup() {
        TemplateCatalog catalog = new TemplateCatalog(MinerSettings.defaults());
        List<Integer> numbers = new ArrayList<>();
        // A value with its unit inside the message spans more tokens: the miner joins the longer
        // template to the shorter one's group and skips the number it had given it.
        IntStream.range(0, 10).forEach(i -> numbers.add(catalog.add("proxy", Severity.INFO, "close, " + i + " bytes sent")));
        IntStream.range(0, 10).forEach(i -> numbers.add(catalog.add("proxy", Severity.INFO,
                "close, " + (400 + i) + " bytes (0.4 KB) sent")));
        numbers.add(catalog.add("proxy", Severity.INFO, "open through proxy HTTPS"));

        List<MinedTemplate> resolved = catalog.resolve();
        assertThat(numbers.subList(0, 20)).allSatisfy(n -> assertThat(resolved.get(n).template())
                .isEqualTo(resolved.get(numbers.getFirst()).template()));
        assertThat(resolved.get(numbers.getLast()).template()).isEqualTo("open through proxy HTTPS");
        assertThat(resolved.get(numbers.getFirst()).count()).isEqualTo(20);
    }
}
