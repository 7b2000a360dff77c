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
    private final Map<TemplateKey, Group> groups = new HashMap<>();
    /** Catalogue number → (key, the miner's own number); the miners number from 0 each. */
    private final List<TemplateKey> keyOf = new ArrayList<>();
    private final List<Integer> localOf = new ArrayList<>();
    /** The group of the last line: lines mostly come grouped by service and severity, so most skip the look-up. */
    private Group last;

    /** One service's and severity's miner. */
    private static final class Group {
        final TemplateKey key;
        final TemplateMiner miner;
        /** The miner's own number → catalogue number (-1: not seen); a miner skips numbers of templates it joined into a group. */
        int[] numbers = unseen(16);

        Group(TemplateKey key, TemplateMiner miner) {
            this.key = key;
            this.miner = miner;
        }
    }

    public TemplateCatalog(MinerSettings settings) {
        this.settings = settings;
    }

    /** Mines one line; returns the catalogue number of the template it joined. */
    public int add(String service, Severity severity, String body) {
        Group g = last;
        if (g == null || g.key.severity() != severity || !g.key.service().equals(service)) {
            g = groups.computeIfAbsent(new TemplateKey(service, severity), k -> new Group(k, new TemplateMiner(settings)));
            last = g;
        }
        int local = g.miner.add(body);
        if (local >= g.numbers.length) {
            int[] grown = unseen(Math.max(local + 1, 2 * g.numbers.length));
            System.arraycopy(g.numbers, 0, grown, 0, g.numbers.length);
            g.numbers = grown;
        }
        if (g.numbers[local] < 0) {
            g.numbers[local] = keyOf.size();
            keyOf.add(g.key);
            localOf.add(local);
        }
        return g.numbers[local];
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
        groups.forEach((key, g) -> {
            Map<String, MinedTemplate> texts = new HashMap<>();
            g.miner.templates().forEach(t -> texts.merge(t.template(), t, TemplateCatalog::merged));
            byText.put(key, texts);
        });
        List<MinedTemplate> out = new ArrayList<>(keyOf.size());
        for (int n = 0; n < keyOf.size(); n++) {
            TemplateKey key = keyOf.get(n);
            out.add(byText.get(key).get(groups.get(key).miner.templateText(localOf.get(n))));
        }
        return out;
    }

    private static MinedTemplate merged(MinedTemplate a, MinedTemplate b) {
        MinedTemplate larger = a.count() >= b.count() ? a : b;
        return new MinedTemplate(larger.id(), larger.template(), a.count() + b.count(), larger.example(), larger.parameters());
    }
}
