package org.incidentworkbench.analysis.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.analysis.logs.TemplateMiner;

/**
 * One {@link TemplateMiner} per service and severity, with every template they find numbered in
 * one sequence so that callers can count per template in plain arrays while lines stream by.
 */
public final class TemplateCatalog {

    private final MinerSettings settings;
    private final Map<TemplateKey, TemplateMiner> miners = new HashMap<>();
    /** Catalogue number → (key, the miner's own number); the miners number from 0 each. */
    private final List<TemplateKey> keyOf = new ArrayList<>();
    private final List<Integer> localOf = new ArrayList<>();
    /** Per key, the miner's own number → catalogue number (-1: not seen); a miner skips numbers of templates it joined into a group. */
    private final Map<TemplateKey, int[]> numbersOf = new HashMap<>();

    public TemplateCatalog(MinerSettings settings) {
        this.settings = settings;
    }

    /** Mines one line; returns the catalogue number of the template it joined. */
    public int add(String service, Severity severity, String body) {
        TemplateKey key = new TemplateKey(service, severity);
        TemplateMiner miner = miners.computeIfAbsent(key, k -> new TemplateMiner(settings));
        int local = miner.add(body);
        int[] numbers = numbersOf.computeIfAbsent(key, k -> unseen(16));
        if (local >= numbers.length) {
            int[] grown = unseen(Math.max(local + 1, 2 * numbers.length));
            System.arraycopy(numbers, 0, grown, 0, numbers.length);
            numbersOf.put(key, grown);
            numbers = grown;
        }
        if (numbers[local] < 0) {
            numbers[local] = keyOf.size();
            keyOf.add(key);
            localOf.add(local);
        }
        return numbers[local];
    }

    private static int[] unseen(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }

    /** How many templates have been numbered so far. */
    public int size() {
        return keyOf.size();
    }

    public TemplateKey key(int number) {
        return keyOf.get(number);
    }

    /**
     * The final template of each number. Two numbers of one key whose templates widened to the
     * same text share one {@link MinedTemplate} (the same id): callers add their counts together.
     */
    public List<MinedTemplate> resolve() {
        Map<TemplateKey, Map<String, MinedTemplate>> byText = new LinkedHashMap<>();
        miners.forEach((key, miner) -> {
            Map<String, MinedTemplate> texts = new HashMap<>();
            miner.templates().forEach(t -> texts.merge(t.template(), t, TemplateCatalog::merged));
            byText.put(key, texts);
        });
        List<MinedTemplate> out = new ArrayList<>(keyOf.size());
        for (int n = 0; n < keyOf.size(); n++) {
            TemplateKey key = keyOf.get(n);
            out.add(byText.get(key).get(miners.get(key).templateText(localOf.get(n))));
        }
        return out;
    }

    private static MinedTemplate merged(MinedTemplate a, MinedTemplate b) {
        MinedTemplate larger = a.count() >= b.count() ? a : b;
        return new MinedTemplate(larger.id(), larger.template(), a.count() + b.count(), larger.example(), larger.parameters());
    }
}
