package org.incidentworkbench.analysis.logs;

import java.util.List;

/**
 * A number glued to one of a few units ("5000.5ms", "2048K", "1.5GB"), written out by hand for the
 * "duration" and "size" rules, whose regexes were among the costliest steps of mining. It masks
 * exactly what {@code (?<![\w.])\d+(?:\.\d+)?(?:unit|unit|...)(?![\w])} replaces, the units tried
 * in their order (a test holds each rule to its regex).
 */
final class UnitRule implements TokenMasking.Rule {

    private final String name;
    private final int traits;
    private final List<String> units;

    UnitRule(String name, int traits, List<String> units) {
        this.name = name;
        this.traits = traits;
        this.units = List.copyOf(units);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int traits() {
        return traits;
    }

    @Override
    public int minLength() {
        return 2;
    }

    @Override
    public String apply(String token) {
        return Scan.replaceAll(token, this::end);
    }

    /**
     * The regex's only way back, when a fraction is followed by no unit, leaves the unit to start at
     * the dot, where none does; so the number is taken whole, then a unit with no word after it.
     */
    private int end(String s, int start) {
        if (Scan.after(s, start, ".") || start >= s.length() || !Scan.isDigit(s.charAt(start))) {
            return -1;
        }
        int p = Scan.digitsEnd(s, start);
        if (p + 1 < s.length() && s.charAt(p) == '.' && Scan.isDigit(s.charAt(p + 1))) {
            p = Scan.digitsEnd(s, p + 1);
        }
        for (String unit : units) {
            int end = p + unit.length();
            if (s.startsWith(unit, p) && (end == s.length() || !Scan.isWord(s.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }
}
