package org.incidentworkbench.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The log-parsing metrics of the Loghub benchmark (Zhu et al., ICSE 2019; Khan et al., ICSE 2022)
 * for one data set: grouping accuracy (a line is right when its predicted group holds exactly the
 * lines of its true group), parsing accuracy (its template equals the true one) and FGA (F1 over
 * exactly matching groups).
 */
record TemplateAccuracy(double ga, double pa, double fga) {

    static TemplateAccuracy score(List<String> truth, List<String> predicted) {
        Map<String, Set<Integer>> trueGroups = groups(truth);
        Map<String, Set<Integer>> predictedGroups = groups(predicted);
        int groupedRight = 0;
        int parsedRight = 0;
        Set<Set<Integer>> matchedGroups = new HashSet<>();
        for (int i = 0; i < truth.size(); i++) {
            Set<Integer> p = predictedGroups.get(predicted.get(i));
            if (p.equals(trueGroups.get(truth.get(i)))) {
                groupedRight++;
                matchedGroups.add(p);
            }
            if (normalised(truth.get(i)).equals(normalised(predicted.get(i)))) {
                parsedRight++;
            }
        }
        double precision = (double) matchedGroups.size() / predictedGroups.size();
        double recall = (double) matchedGroups.size() / trueGroups.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TemplateAccuracy((double) groupedRight / truth.size(), (double) parsedRight / truth.size(), f1);
    }

    private static Map<String, Set<Integer>> groups(List<String> templates) {
        Map<String, Set<Integer>> groups = new HashMap<>();
        for (int i = 0; i < templates.size(); i++) {
            groups.computeIfAbsent(templates.get(i), t -> new HashSet<>()).add(i);
        }
        return groups;
    }

    /** Whitespace collapsed, as the benchmark compares templates. */
    private static String normalised(String template) {
        return template.strip().replaceAll("\\s+", " ");
    }
}
