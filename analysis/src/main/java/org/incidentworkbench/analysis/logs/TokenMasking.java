package org.incidentworkbench.analysis.logs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Replaces the obviously variable parts of one message token with {@code <*>} before template
 * mining, so the miner never has to learn that two ids differ. Rules run in order: the most
 * specific first (a UUID is also hex and numbers), so each part is masked by the rule that names it.
 */
public final class TokenMasking {

    public static final String WILDCARD = "<*>";

    /** One named masking rule: every match of {@code pattern} becomes {@code <*>}. */
    public record Rule(String name, Pattern pattern) {
        public static Rule of(String name, String regex) {
            return new Rule(name, Pattern.compile(regex));
        }
    }

    public static final Rule UUID = Rule.of("uuid",
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** An IPv4 address, with the "/" Java's InetAddress.toString puts before it; a port stays a separate number. */
    public static final Rule IP = Rule.of("ip", "(?<![\\w.])/?\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.])");
    /** A MAC address (00:11:22:aa:bb:cc). */
    public static final Rule MAC = Rule.of("mac", "(?<![\\w:])[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}(?![\\w:])");
    /** A host name with a port (db.example.com:5432): one endpoint, named as a whole. */
    public static final Rule HOST_PORT = Rule.of("host-port", "(?<![\\w.-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+:\\d+(?![\\w])");
    /** Parts of a written date: a time of day (hh:mm or hh:mm:ss), a weekday or a month name (English, capitalised) standing as its own token. */
    public static final Rule DATE_PART = Rule.of("date-part",
            "^(?:\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?|(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|"
            + "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?),?)$");
    /** A word with a numeric suffix after "_" names one thing (blk_123, worker_7): the whole token is the id. */
    public static final Rule NUMBERED_ID = Rule.of("numbered-id", "(?<![\\w-])[A-Za-z]\\w*_-?\\d+(?![\\w-])");
    /** Two or more path segments, so a lone "/" or a fraction like "and/or" stays a word. */
    public static final Rule PATH = Rule.of("path", "(?<![\\w:])(?:/[\\w.$@+-]+){2,}/?");
    public static final Rule QUOTED = Rule.of("quoted", "\"[^\"]*\"|'[^']*'");
    /** The value after {@code key=}; the key itself is what tells messages apart. */
    public static final Rule KEY_VALUE = Rule.of("key-value", "(?<=\\w=)[^\\s,;)\\]}]+");
    /** 0x-prefixed, or eight or more hex digits mixing digits and letters (span ids, SHAs). */
    public static final Rule HEX = Rule.of("hex",
            "(?<![\\w])(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,})(?![\\w])");
    public static final Rule DURATION = Rule.of("duration",
            "(?<![\\w.])\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h|d)(?![\\w])");
    /** An amount of memory or data with its unit (2048K, 1.5GB, 512MiB). */
    public static final Rule SIZE = Rule.of("size", "(?<![\\w.])\\d+(?:\\.\\d+)?(?:[KMGT]i?B?|B)(?![\\w])");
    /** Numbers standing alone or glued to punctuation ("node-12", "(3)"), never inside a word ("utf8"). */
    public static final Rule NUMBER = Rule.of("number", "(?<![A-Za-z0-9.])[-+]?\\d+(?:\\.\\d+)*(?![A-Za-z0-9])");

    private static final Pattern ADJACENT_WILDCARDS = Pattern.compile("(?:<\\*>){2,}");

    public static final List<Rule> DEFAULT_RULES = List.of(UUID, MAC, IP, HOST_PORT, DATE_PART, PATH, NUMBERED_ID, QUOTED, KEY_VALUE, HEX, DURATION, SIZE, NUMBER);

    private final List<Rule> rules;

    public TokenMasking(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static TokenMasking defaults() {
        return new TokenMasking(DEFAULT_RULES);
    }

    public String mask(String token) {
        String s = token;
        for (Rule r : rules) {
            s = r.pattern().matcher(s).replaceAll(WILDCARD);
        }
        // Two rules may mask neighbouring parts of one value ("<*><*>"): it is still one variable.
        return s.contains("<*><*>") ? ADJACENT_WILDCARDS.matcher(s).replaceAll(WILDCARD) : s;
    }
}
