package org.incidentworkbench.sample.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * A message with variable parts, e.g. {@code "Slow query ({ms:500-4000} ms) on {table}"}. Each
 * {@code {name}} or {@code {name:argument}} is filled by {@link VariableParts}; everything else is
 * literal. Parsed once, rendered hundreds of thousands of times.
 */
public final class MessagePattern {

    private final String source;
    private final List<String> literals;
    private final List<VariableParts.Part> parts;

    private MessagePattern(String source, List<String> literals, List<VariableParts.Part> parts) {
        this.source = source;
        this.literals = literals;
        this.parts = parts;
    }

    public static MessagePattern parse(String source) {
        List<String> literals = new ArrayList<>();
        List<VariableParts.Part> parts = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = source.indexOf('{', at);
            if (open < 0) {
                literals.add(source.substring(at));
                return new MessagePattern(source, List.copyOf(literals), List.copyOf(parts));
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed variable part in: " + source);
            }
            literals.add(source.substring(at, open));
            String spec = source.substring(open + 1, close);
            int colon = spec.indexOf(':');
            parts.add(colon < 0 ? VariableParts.part(spec, "") : VariableParts.part(spec.substring(0, colon), spec.substring(colon + 1)));
            at = close + 1;
        }
    }

    public String render(LineContext context) {
        StringBuilder out = new StringBuilder(source.length() + 40);
        for (int i = 0; i < parts.size(); i++) {
            out.append(literals.get(i));
            parts.get(i).render(context, out);
        }
        return out.append(literals.get(parts.size())).toString();
    }

    /** The pattern as a log template, each variable part written {@code <*>}. */
    public String template() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(literals.get(i)).append("<*>");
        }
        return out.append(literals.get(parts.size())).toString();
    }


    @Override
    public String toString() {
        return source;
    }
}
