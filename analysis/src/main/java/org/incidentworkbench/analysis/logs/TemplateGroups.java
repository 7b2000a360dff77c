package org.incidentworkbench.analysis.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which mined templates are one template to the outside: those joined across lengths (a variable
 * spanning more tokens) and those found to be variants of one variable word. A group answers for
 * all its members with the number of its oldest one and one text that covers all their lines. Its
 * members stay separate inside the miner, each matching lines of its own shape.
 */
final class TemplateGroups {

    private final List<TemplateCluster> clusters = new ArrayList<>();
    /** For each template number, the number of its group: its oldest member's, itself when alone. */
    private final List<Integer> groupOf = new ArrayList<>();
    /** The members of each group of more than one template, oldest first. */
    private final Map<Integer, List<TemplateCluster>> members = new HashMap<>();

    /** Adds a new template, numbered as the next, in a group of its own. */
    void add(TemplateCluster created) {
        clusters.add(created);
        groupOf.add(created.number());
    }

    int size() {
        return clusters.size();
    }

    int groupOf(int number) {
        return groupOf.get(number);
    }

    /** Joins the groups of templates {@code a} and {@code b} into the older group. */
    void join(int a, int b) {
        int into = Math.min(groupOf(a), groupOf(b));
        int from = Math.max(groupOf(a), groupOf(b));
        if (into == from) {
            return;
        }
        List<TemplateCluster> moved = members.containsKey(from) ? members.remove(from) : List.of(clusters.get(from));
        List<TemplateCluster> joined = members.computeIfAbsent(into, g -> new ArrayList<>(List.of(clusters.get(g))));
        joined.addAll(moved);
        joined.sort(Comparator.comparingInt(TemplateCluster::number));
        for (TemplateCluster m : moved) {
            groupOf.set(m.number(), into);
        }
    }

    /** The current text of the group of template {@code number}. */
    String text(int number) {
        int group = groupOf(number);
        List<TemplateCluster> joined = members.get(group);
        return joined == null ? clusters.get(group).template() : String.join(" ", joinedTokens(joined));
    }

    /** One template per group, most frequent first; ties by text so the order never depends on input order alone. */
    List<MinedTemplate> snapshots() {
        return clusters.stream()
                .filter(c -> groupOf(c.number()) == c.number())
                .map(c -> members.containsKey(c.number()) ? snapshot(members.get(c.number())) : c.snapshot())
                .sorted(Comparator.comparingLong(MinedTemplate::count).reversed().thenComparing(MinedTemplate::template))
                .toList();
    }

    /**
     * A group's template: its text covers every member's lines, its count is theirs. Members of one
     * length pool their values per position; across lengths positions differ between lines, so
     * such a group keeps no values per position.
     */
    private static MinedTemplate snapshot(List<TemplateCluster> joined) {
        String[] tokens = joinedTokens(joined);
        if (joined.stream().allMatch(m -> m.tokens().length == tokens.length)) {
            return TemplateCluster.snapshotOfGroup(joined, tokens);
        }
        String text = String.join(" ", tokens);
        long count = joined.stream().mapToLong(TemplateCluster::count).sum();
        return new MinedTemplate(TemplateCluster.idOf(text), text, count, joined.getFirst().snapshot().example(), List.of());
    }

    /** One text for a group's members: position by position when they have one length (keeping brackets), else aligned. */
    private static String[] joinedTokens(List<TemplateCluster> joined) {
        String[] tokens = joined.getFirst().tokens();
        for (TemplateCluster m : joined.subList(1, joined.size())) {
            String[] other = m.tokens();
            if (other.length == tokens.length) {
                String[] widened = tokens.clone();
                for (int i = 0; i < widened.length; i++) {
                    if (!widened[i].equals(other[i])) {
                        widened[i] = TemplateCluster.widened(widened[i], other[i]);
                    }
                }
                tokens = widened;
            } else {
                tokens = SpanAlignment.merged(tokens, other);
            }
        }
        return tokens;
    }
}
