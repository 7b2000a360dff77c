package org.incidentworkbench.analysis.logs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the obviously variable parts of one message token with {@code <*>} before template
 * mining, so the miner never has to learn that two ids differ. Rules run in order: the most
 * specific first (a UUID is also hex and numbers), so each part is masked by the rule that names it.
 */
public final class TokenMasking {

    public static final String WILDCARD = "<*>";

    /**
     * One named masking rule. Most tokens are plain words that no rule can match, and running every
     * rule on every token is what made mining slow, so a rule states what any of its matches needs:
     * {@link #traits()} (a {@link Trait#mask} of characters the token must hold) and
     * {@link #minLength()}. A token lacking them skips the rule: a shortcut, never a change of result.
     */
    public interface Rule {
        String name();

        int traits();

        int minLength();

        /** {@code token} with every part this rule matches replaced by {@code <*>}; an equal string when nothing matched. */
        String apply(String token);

        /** A rule written as a regex, tried on every token until {@link RegexRule#needing} says what its matches need. */
        static RegexRule of(String name, String regex) {
            return new RegexRule(name, Pattern.compile(regex), 0, 0);
        }

        /** A rule masking a token that is one of {@code words}, alone or with a trailing comma: a set look-up, not a regex. */
        static Rule words(String name, String... words) {
            return new WordRule(name, Set.of(words));
        }
    }

    /**
     * A rule written as a regex: every match becomes {@code <*>}. Each thread reuses one matcher per
     * rule: making a new one for every token cost more than most of the matching.
     */
    public static final class RegexRule implements Rule {
        private final String name;
        private final Pattern pattern;
        private final int traits;
        private final int minLength;
        private final ThreadLocal<Matcher> matcher;

        RegexRule(String name, Pattern pattern, int traits, int minLength) {
            this.name = name;
            this.pattern = pattern;
            this.traits = traits;
            this.minLength = minLength;
            this.matcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
        }

        /** This rule, tried only on tokens of at least {@code minLength} characters that hold every one of {@code needed}. */
        public RegexRule needing(int minLength, Trait... needed) {
            return new RegexRule(name, pattern, Trait.mask(needed), minLength);
        }

        @Override
        public String name() {
            return name;
        }

        public Pattern pattern() {
            return pattern;
        }

        @Override
        public int traits() {
            return traits;
        }

        @Override
        public int minLength() {
            return minLength;
        }

        @Override
        public String apply(String token) {
            return matcher.get().reset(token).replaceAll(WILDCARD);
        }
    }

    /** Its needs are what every one of its words holds. */
    private record WordRule(String name, Set<String> words) implements Rule {
        @Override
        public int traits() {
            return words.stream().mapToInt(Trait::of).reduce(~0, (a, b) -> a & b);
        }

        @Override
        public int minLength() {
            return words.stream().mapToInt(String::length).min().orElse(0);
        }

        @Override
        public String apply(String token) {
            String word = token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
            return words.contains(word) ? WILDCARD : token;
        }
    }

    /** Kinds of character a rule's matches need; a token's traits are found in one pass over it. */
    public enum Trait {
        DIGIT, LETTER, UPPER, DOT, COLON, SLASH, UNDERSCORE, DASH, QUOTE, EQUALS;

        /** The traits of each ASCII character; others are looked up by their Unicode category. */
        private static final int[] ASCII = new int[128];

        static {
            for (char c = 0; c < 128; c++) {
                ASCII[c] = c >= '0' && c <= '9' ? mask(DIGIT)
                        : c >= 'A' && c <= 'Z' ? mask(LETTER, UPPER)
                        : c >= 'a' && c <= 'z' ? mask(LETTER)
                        : switch (c) {
                            case '.' -> mask(DOT);
                            case ':' -> mask(COLON);
                            case '/' -> mask(SLASH);
                            case '_' -> mask(UNDERSCORE);
                            case '-' -> mask(DASH);
                            case '"', '\'' -> mask(QUOTE);
                            case '=' -> mask(EQUALS);
                            default -> 0;
                        };
            }
        }

        public static int mask(Trait... traits) {
            int m = 0;
            for (Trait t : traits) {
                m |= 1 << t.ordinal();
            }
            return m;
        }

        static int of(String token) {
            int m = 0;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                // \d and \w in the rules are ASCII, but a unit may not be ("µs"), nor a word.
                m |= c < 128 ? ASCII[c]
                        : Character.isDigit(c) ? mask(DIGIT)
                        : Character.isUpperCase(c) ? mask(LETTER, UPPER)
                        : Character.isLetter(c) ? mask(LETTER) : 0;
            }
            return m;
        }
    }

    public static final RegexRule UUID = Rule.of("uuid",
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}").needing(36, Trait.DASH);
    /** An IPv4 address, with the "/" Java's InetAddress.toString puts before it; a port stays a separate number. */
    public static final Rule IP = new IpRule();
    /** A MAC address (00:11:22:aa:bb:cc). */
    public static final Rule MAC = new MacRule();
    /** A host name with a port (db.example.com:5432): one endpoint, named as a whole. */
    public static final RegexRule HOST_PORT = Rule.of("host-port", "(?<![\\w.-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+:\\d+(?![\\w])")
            .needing(5, Trait.DIGIT, Trait.DOT, Trait.COLON);
    /** A time of day standing as its own token (hh:mm or hh:mm:ss, with a fraction of a second). */
    public static final RegexRule TIME_OF_DAY = Rule.of("time-of-day", "^\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?,?$")
            .needing(4, Trait.DIGIT, Trait.COLON);
    /** A weekday or month name (English, capitalised) standing as its own token: part of a written date. */
    public static final Rule DATE_NAME = Rule.words("date-name", "Mon", "Monday", "Tue", "Tuesday", "Wed", "Wednesday", "Thu", "Thursday",
            "Fri", "Friday", "Sat", "Saturday", "Sun", "Sunday", "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May",
            "Jun", "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December");
    /** A word with a numeric suffix after "_" names one thing (blk_123, worker_7): the whole token is the id. */
    public static final Rule NUMBERED_ID = new NumberedIdRule();
    /** Two or more path segments, so a lone "/" or a fraction like "and/or" stays a word. */
    public static final Rule PATH = new PathRule();
    /** A quoted token ('alice', "x"); a quoted phrase is split into words by the tokenizer, and its words masked one by one. */
    public static final RegexRule QUOTED = Rule.of("quoted", "\"[^\"]*\"|'[^']*'").needing(2, Trait.QUOTE);
    /** The value after {@code key=}; the key itself is what tells messages apart. */
    public static final RegexRule KEY_VALUE = Rule.of("key-value", "(?<=\\w=)[^\\s,;)\\]}]+").needing(3, Trait.EQUALS);
    /** 0x-prefixed, or eight or more hex digits mixing digits and letters (span ids, SHAs). */
    public static final Rule HEX = new HexRule();
    /** A number glued to a unit of time (30s, 5000.5ms, 5µs). */
    public static final Rule DURATION = new UnitRule("duration", Trait.mask(Trait.DIGIT, Trait.LETTER),
            List.of("ns", "us", "µs", "ms", "s", "m", "h", "d"));
    /** An amount of memory or data with its unit (2048K, 1.5GB, 512MiB). */
    public static final Rule SIZE = new UnitRule("size", Trait.mask(Trait.DIGIT, Trait.UPPER), List.of(
            "KiB", "Ki", "KB", "K", "MiB", "Mi", "MB", "M", "GiB", "Gi", "GB", "G", "TiB", "Ti", "TB", "T", "B"));
    /** Numbers standing alone or glued to punctuation ("node-12", "(3)"), never inside a word ("utf8"). */
    public static final Rule NUMBER = new NumberRule();

    /** Units of data size; written apart from their number ("5.2 KB") they are part of its value. */
    public static final Set<String> SIZE_UNITS = Set.of("B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB");

    private static final Pattern ADJACENT_WILDCARDS = Pattern.compile("<\\*>(?:,?<\\*>)+");

    public static final List<Rule> DEFAULT_RULES = List.of(UUID, IP, MAC, HOST_PORT, TIME_OF_DAY, DATE_NAME, PATH, NUMBERED_ID, QUOTED, KEY_VALUE, HEX, DURATION, SIZE, NUMBER);

    /** How many masked tokens each thread keeps (about a megabyte); it starts afresh when full. */
    static final int RECENT_TOKENS = 8192;

    private final List<Rule> rules;
    private final ThreadLocal<Map<String, String>> recent = ThreadLocal.withInitial(HashMap::new);
    /** The rules' needs, copied out so that skipping a rule costs no call. */
    private final int[] traits;
    private final int[] minLengths;

    public TokenMasking(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.traits = rules.stream().mapToInt(Rule::traits).toArray();
        this.minLengths = rules.stream().mapToInt(Rule::minLength).toArray();
    }

    public static TokenMasking defaults() {
        return new TokenMasking(DEFAULT_RULES);
    }

    /**
     * The token with every variable part masked. Most tokens repeat (the constant words of each
     * template, and many values), so each thread keeps the results of its last few thousand tokens:
     * a look-up instead of the rules, never a different result.
     */
    public String mask(String token) {
        Map<String, String> known = recent.get();
        String masked = known.get(token);
        if (masked == null) {
            masked = applyRules(token);
            if (known.size() >= RECENT_TOKENS) {
                known.clear();
            }
            known.put(token, masked);
        }
        return masked;
    }

    private String applyRules(String token) {
        String s = token;
        int has = Trait.of(s);
        for (int r = 0; r < traits.length; r++) {
            if ((has & traits[r]) == traits[r] && s.length() >= minLengths[r]) {
                String masked = rules.get(r).apply(s);
                if (!masked.equals(s)) {
                    // What a rule masked is no longer there for the next rules' needs.
                    s = masked;
                    has = Trait.of(s);
                }
            }
        }
        // Two rules may mask neighbouring parts of one value ("<*><*>"), or a list of values
        // ("<*>,<*>"): it is still one variable.
        return s.contains("<*><*>") || s.contains("<*>,<*>") ? ADJACENT_WILDCARDS.matcher(s).replaceAll(WILDCARD) : s;
    }
}
