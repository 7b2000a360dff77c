package org.incidentworkbench.analysis.logs;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts log records by message after masking the obviously variable parts: UUIDs, hexadecimal
 * ids and numbers. Deliberately simple (no template mining: ids written in words, paths and user
 * names stay distinct); good enough to show which messages dominate a window.
 */
public final class MessageGrouper {

    public static final String WILDCARD = "<*>";

    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    /** 0x-prefixed, or six or more hex digits mixing digits and letters (span ids, commit SHAs, pod hashes). */
    private static final Pattern HEX = Pattern.compile(
            "\\b(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{6,})\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private record Key(String service, Severity severity, String pattern) {
    }

    private static final class Tally {
        final String example;
        long count;

        Tally(String example) {
            this.example = example;
        }
    }

    private final Map<Key, Tally> tallies = new HashMap<>();

    /** {@code body} with UUIDs, hex ids and numbers (dotted ones too: 1.5, 10.0.3.17) replaced by {@code <*>}. */
    public static String mask(String body) {
        String s = UUID.matcher(body).replaceAll(WILDCARD);
        s = HEX.matcher(s).replaceAll(WILDCARD);
        return NUMBER.matcher(s).replaceAll(WILDCARD);
    }

    public void add(LogRecord r) {
        tallies.computeIfAbsent(new Key(r.service(), r.severity(), mask(r.body())), k -> new Tally(r.body())).count++;
    }

    /** The {@code n} largest groups, largest first; ties in a fixed order (service, severity, pattern). */
    public List<MessageGroup> top(int n) {
        return tallies.entrySet().stream()
                .map(e -> new MessageGroup(e.getKey().service(), e.getKey().severity(), e.getKey().pattern(),
                        e.getValue().example, e.getValue().count))
                .sorted(Comparator.comparingLong(MessageGroup::count).reversed()
                        .thenComparing(MessageGroup::service)
                        .thenComparing(MessageGroup::severity)
                        .thenComparing(MessageGroup::pattern))
                .limit(n)
                .toList();
    }
}
