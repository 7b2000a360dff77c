package org.incidentworkbench.analysis.templates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Which templates changed between the baseline and the incident window, ranked by how sure the
 * change is (the way log-rate analysis ranks field values). Under "no change" a template's lines
 * fall into the two windows in proportion to their lengths, so the incident window's share of its
 * {@code a + b} lines is binomial; the log-likelihood ratio (G) of the observed split against that
 * is chi-squared with one degree of freedom. Ranking by G lets a large surge outrank a few new
 * lines, and guards keep chance out: the side that grew must have at least {@link #MIN_LINES}
 * lines, the rate must at least double or halve, and the p-value must stay under
 * {@link #MAX_P_VALUE} and under {@link #FAMILY_ERROR} shared among all the templates compared
 * (Bonferroni), since a window's hundreds of templates would otherwise throw up chance changes.
 */
public final class TemplateDiff {

    public static final long MIN_LINES = 5;
    public static final double MIN_RATIO = 2;
    public static final double MAX_P_VALUE = 0.001;
    /** The chance that any reported change is chance alone, over all templates compared. */
    public static final double FAMILY_ERROR = 0.05;

    private static final ChiSquaredDistribution ONE_DEGREE = ChiSquaredDistribution.of(1);

    private TemplateDiff() {
    }

    /** The significant changes among {@code templates}, most significant first (ties by service, severity, text). */
    public static List<TemplateChange> changes(List<TemplateActivity> templates, Duration incident, Duration baseline) {
        double incidentShare = (double) incident.toNanos() / (incident.toNanos() + baseline.toNanos());
        double lengthRatio = (double) baseline.toNanos() / incident.toNanos();
        double maxP = Math.min(MAX_P_VALUE, FAMILY_ERROR / Math.max(1, templates.size()));
        List<TemplateChange> out = new ArrayList<>();
        for (TemplateActivity t : templates) {
            long a = t.count();
            long b = t.baselineCount();
            double ratio = b == 0 ? Double.POSITIVE_INFINITY : a * lengthRatio / b;
            TemplateChange.Kind kind = kind(a, b, ratio);
            if (kind == null) {
                continue;
            }
            double g = gStatistic(a, b, incidentShare);
            double p = ONE_DEGREE.survivalProbability(g);
            if (p <= maxP) {
                out.add(new TemplateChange(t, kind, ratio, g, p));
            }
        }
        out.sort(Comparator.comparingDouble(TemplateChange::score).reversed()
                .thenComparing(c -> c.activity().key())
                .thenComparing(c -> c.activity().text()));
        return out;
    }

    private static TemplateChange.Kind kind(long a, long b, double ratio) {
        if (a >= MIN_LINES && ratio >= MIN_RATIO) {
            return b == 0 ? TemplateChange.Kind.NEW : TemplateChange.Kind.SURGING;
        }
        if (b >= MIN_LINES && ratio <= 1 / MIN_RATIO) {
            return a == 0 ? TemplateChange.Kind.GONE : TemplateChange.Kind.DROPPING;
        }
        return null;
    }

    /** G = 2 Σ observed · ln(observed / expected) over the two windows, with 0 · ln 0 = 0. */
    static double gStatistic(long a, long b, double incidentShare) {
        double n = a + b;
        return 2 * (term(a, n * incidentShare) + term(b, n * (1 - incidentShare)));
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }
}
