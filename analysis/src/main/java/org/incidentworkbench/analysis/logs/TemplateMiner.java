package org.incidentworkbench.analysis.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Drain-style online template miner (He et al., ICWS 2017): one pass, each message routed by its
 * token count and its first tokens down a fixed-depth tree to a leaf of templates, where it joins
 * the most similar one or starts its own. Where Drain is known to fail it does otherwise: a
 * differing word widens a template only once enough variants show it is a variable, templates of
 * different lengths whose variables span more or fewer tokens are joined ({@link TemplateGroups}),
 * and a constant that held over many lines is never widened. Deterministic: the same lines in the
 * same order give the same templates. Memory grows with templates, not lines; every leaf holds a
 * bounded number.
 */
public final class TemplateMiner {

    private final MinerSettings settings;
    private final Node root = new Node();
    private final TemplateGroups groups = new TemplateGroups();
    /** Templates by their first token: the candidates a new template of another length may join. */
    private final Map<String, List<TemplateCluster>> byFirstToken = new HashMap<>();

    public TemplateMiner(MinerSettings settings) {
        this.settings = settings;
    }

    /**
     * Adds one message body; returns the number of the template it joined (templates are numbered
     * 0, 1, ... as they appear; templates joined into a group answer with its oldest number). A
     * template's text widens as lines join it, and a template may join a group later, so callers
     * that need the final text of each line's template keep the number and ask
     * {@link #templateText} at the end.
     */
    public int add(String message) {
        List<String> original = new ArrayList<>();
        List<String> maskedTokens = new ArrayList<>();
        for (String token : MessageTokenizer.tokens(message)) {
            String m = settings.masking().mask(token);
            // A run of wholly variable tokens is one variable (a list of block ids), and so is a
            // number with its unit written apart ("5.2 KB"), so lists of different lengths and
            // sizes in different units still give messages of the same shape.
            boolean afterVariable = !maskedTokens.isEmpty() && maskedTokens.getLast().equals(TokenMasking.WILDCARD);
            int unitEnd = afterVariable ? unitEnd(m) : -1;
            if (afterVariable && m.equals(TokenMasking.WILDCARD)) {
                original.set(original.size() - 1, original.getLast() + " " + token);
            } else if (unitEnd > 0) {
                original.set(original.size() - 1, original.getLast() + " " + token);
                maskedTokens.set(maskedTokens.size() - 1, TokenMasking.WILDCARD + m.substring(unitEnd));
            } else {
                original.add(token);
                maskedTokens.add(m);
            }
        }
        String[] masked = maskedTokens.toArray(String[]::new);
        List<TemplateCluster> leaf = leafFor(masked);
        TemplateCluster target = closest(leaf, masked);
        if (target != null && leaf.size() < settings.maxTemplatesPerLeaf() && wordDifferences(target.tokens(), masked) > 0) {
            target = joinedIfAVariable(leaf, target, masked);
        }
        if (target == null) {
            target = new TemplateCluster(groups.size(), masked, message, settings.topValuesKept());
            leaf.add(target);
            groups.add(target);
            joinAcrossLengths(target);
            joinRouteVariants(target);
        }
        target.absorb(masked, original);
        return groups.groupOf(target.number());
    }

    /**
     * A message short enough to be routed by all its words ("removing echo", "Invalid user chen
     * from <*>") lands in a leaf of its own for each value of a variable word, where the variants
     * rule never sees the others. So a new template whose last routing word is a word looks at its
     * sibling leaves: once {@code variantsOfAVariable} templates differ from each other only in that
     * word, they join one group.
     */
    private void joinRouteVariants(TemplateCluster created) {
        String[] t = created.tokens();
        int last = Math.min(settings.depth() - 2, t.length) - 1;
        if (last < 0 || routeKey(t[last]).equals(TokenMasking.WILDCARD) || !hasConstantBesides(t, last)) {
            return;
        }
        Node parent = root.children.get(Integer.toString(t.length));
        for (int i = 0; i < last && parent != null; i++) {
            Node next = parent.children.get(routeKey(t[i]));
            parent = next != null ? next : parent.children.get(TokenMasking.WILDCARD);
        }
        if (parent == null) {
            return;
        }
        List<TemplateCluster> variants = new ArrayList<>();
        for (Map.Entry<String, Node> sibling : parent.children.entrySet()) {
            if (!sibling.getKey().equals(t[last])) {
                for (TemplateCluster c : sibling.getValue().templates) {
                    if (coversExceptAt(c.tokens(), t, last)) {
                        variants.add(c);
                    }
                }
            }
        }
        if (variants.size() + 1 >= settings.variantsOfAVariable()) {
            for (TemplateCluster v : variants) {
                groups.join(v.number(), created.number());
            }
        }
    }

    /** Whether a word other than the one at {@code except} is constant: one-word messages ("normal", "warning") are no variants of each other. */
    private static boolean hasConstantBesides(String[] t, int except) {
        for (int i = 0; i < t.length; i++) {
            if (i != except && !t[i].contains(TokenMasking.WILDCARD)) {
                return true;
            }
        }
        return false;
    }

    /** Whether template {@code c} covers message {@code t} at every position but {@code except}. */
    private static boolean coversExceptAt(String[] c, String[] t, int except) {
        for (int i = 0; i < t.length; i++) {
            if (i != except && !c[i].equals(t[i]) && !c[i].equals(TokenMasking.WILDCARD)) {
                return false;
            }
        }
        return true;
    }

    /** Where a size unit ends in this token ("KB," gives 2), or -1 when it is not one. */
    private static int unitEnd(String token) {
        int end = token.length();
        while (end > 0 && ",;:.)]".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && TokenMasking.SIZE_UNITS.contains(token.substring(0, end)) ? end : -1;
    }

    /**
     * Drain widens a young template over any differing word, so "stored as bytes" and "stored as
     * values", or "interface ee0" and "interface alt0", become one template. A word is taken for a
     * variable only once the leaf shows {@code variantsOfAVariable} templates differing from each
     * other just there (user names, service names); then they join one group, the closest widens and
     * the others leave the leaf. Until then the message starts its own template (null).
     */
    private TemplateCluster joinedIfAVariable(List<TemplateCluster> leaf, TemplateCluster closest, String[] masked) {
        String[] t = closest.tokens();
        List<TemplateCluster> variants = new ArrayList<>();
        for (TemplateCluster c : leaf) {
            if (c == closest || agreesOutsideDifferences(c.tokens(), t, masked)) {
                variants.add(c);
            }
        }
        // Two differing words make another message ("from NEW to INITED", "from INITED to SETUP").
        if (wordDifferences(t, masked) > 1 || variants.size() + 1 < settings.variantsOfAVariable()) {
            return null;
        }
        for (TemplateCluster v : variants) {
            groups.join(closest.number(), v.number());
            if (v != closest) {
                // The closest, widened, takes the variants' lines from now on; left in the leaf, a
                // young variant would draw lines differing elsewhere and widen there too.
                leaf.remove(v);
            }
        }
        return closest;
    }

    /** Whether {@code c} equals {@code t} wherever {@code t} equals the message, and differs from it somewhere else. */
    private static boolean agreesOutsideDifferences(String[] c, String[] t, String[] masked) {
        boolean differs = false;
        for (int i = 0; i < t.length; i++) {
            if (t[i].equals(masked[i])) {
                if (!c[i].equals(t[i])) {
                    return false;
                }
            } else {
                differs |= !c[i].equals(t[i]);
            }
        }
        return differs;
    }

    /** At how many places the message has a word (no variable in it) where the template has another constant word. */
    private static int wordDifferences(String[] t, String[] masked) {
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (!t[i].equals(masked[i]) && !t[i].contains(TokenMasking.WILDCARD) && !masked[i].contains(TokenMasking.WILDCARD)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Joins a new template to the first older one with the same first token, of another length,
     * that differs from it only by variables spanning more or fewer tokens.
     */
    private void joinAcrossLengths(TemplateCluster created) {
        String[] tokens = created.tokens();
        List<TemplateCluster> candidates = byFirstToken.computeIfAbsent(tokens.length == 0 ? "" : tokens[0], k -> new ArrayList<>());
        for (TemplateCluster c : candidates) {
            if (SpanAlignment.mergeable(c.tokens(), tokens)) {
                groups.join(c.number(), created.number());
                break;
            }
        }
        candidates.add(created);
    }

    /** The current text of the template with this number (of its group, when it joined others). */
    public String templateText(int number) {
        return groups.text(number);
    }

    /** Every template, most frequent first; ties by template text so the order never depends on input order alone. */
    public List<MinedTemplate> templates() {
        return groups.snapshots();
    }

    /**
     * Descends by token count, then by up to {@code depth - 2} leading tokens. A message shorter
     * than that stops at its own length, so short messages never share a leaf with longer ones
     * that happen to begin alike. Tokens holding a variable go to the {@code <*>} child, as do new
     * tokens once a node is full.
     */
    private List<TemplateCluster> leafFor(String[] masked) {
        Node node = root.child(Integer.toString(masked.length), settings.maxChildren());
        int steps = Math.min(settings.depth() - 2, masked.length);
        for (int i = 0; i < steps; i++) {
            node = node.child(routeKey(masked[i]), settings.maxChildren());
        }
        return node.templates;
    }

    /**
     * The template this message should join, or null for a new one. Below the threshold a message
     * starts its own template, unless the leaf is full: then it joins its closest, which is what
     * keeps a long run of mostly-variable lines from growing one template per line.
     */
    private TemplateCluster closest(List<TemplateCluster> leaf, String[] masked) {
        TemplateCluster best = null;
        double bestScore = -1;
        for (TemplateCluster c : leaf) {
            if (contradictsSettledConstant(c, masked)) {
                continue;
            }
            double score = similarity(c.tokens(), masked);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        boolean full = leaf.size() >= settings.maxTemplatesPerLeaf();
        return bestScore >= settings.similarityThreshold() || full ? best : null;
    }

    /**
     * Drain over-generalises: with a threshold low enough to group lines whose variables were not
     * masked, "open through proxy HTTPS" and "... SOCKS5" become one template. A constant word that
     * has held over many lines is evidence it is part of the message, so a line differing there
     * starts its own template; a template still young may widen anywhere.
     */
    private boolean contradictsSettledConstant(TemplateCluster c, String[] masked) {
        if (c.count() < settings.settledAfter()) {
            return false;
        }
        String[] t = c.tokens();
        for (int i = 0; i < t.length; i++) {
            if (!t[i].equals(masked[i]) && !t[i].contains(TokenMasking.WILDCARD)) {
                return true;
            }
        }
        return false;
    }

    /** Share of positions where the template's token equals the message's (both variable counts as equal). */
    static double similarity(String[] template, String[] masked) {
        if (template.length == 0) {
            return 1;
        }
        int equal = 0;
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals(masked[i])) {
                equal++;
            }
        }
        return (double) equal / template.length;
    }

    /** The child a token routes to: tokens holding a variable or a digit share the {@code <*>} child. */
    private static String routeKey(String token) {
        return token.contains(TokenMasking.WILDCARD) || hasDigit(token) ? TokenMasking.WILDCARD : token;
    }

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<TemplateCluster> templates = new ArrayList<>();

        Node child(String key, int maxChildren) {
            Node existing = children.get(key);
            if (existing != null) {
                return existing;
            }
            String k = children.size() >= maxChildren ? TokenMasking.WILDCARD : key;
            return children.computeIfAbsent(k, x -> new Node());
        }
    }
}
