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

    /**
     * One named masking rule: every match of {@code pattern} becomes {@code <*>}. Most tokens are
     * plain words that no rule can match, and running every regex on every token was what made
     * mining slow, so a rule may state what any match needs: {@code traits} (a {@link Trait#mask}
     * of characters the token must contain) and {@code minLength}. A token lacking them skips the
     * rule; that is only a shortcut, so a rule without needs ({@link #of}) behaves the same, slower.
     */
    public record Rule(String name, Pattern pattern, int traits, int minLength) {
        public static Rule of(String name, String regex) {
            return new Rule(name, Pattern.compile(regex), 0, 0);
        }

        /** This rule, tried only on tokens of at least {@code minLength} characters that hold every one of {@code needed}. */
        public Rule needing(int minLength, Trait... needed) {
            return new Rule(name, pattern, Trait.mask(needed), minLength);
        }

        boolean mayMatch(String token, int tokenTraits) {
            return token.length() >= minLength && (tokenTraits & traits) == traits;
        }
    }

    /** Kinds of character a rule's matches need; a token's traits are found in one pass over it. */
    public enum Trait {
        DIGIT, LETTER, UPPER, DOT, COLON, SLASH, UNDERSCORE, DASH, QUOTE, EQUALS;

        static int mask(Trait... traits) {
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
                if (c >= '0' && c <= '9') {
                    m |= 1 << DIGIT.ordinal();
                } else if (c >= 'A' && c <= 'Z') {
                    m |= 1 << LETTER.ordinal() | 1 << UPPER.ordinal();
                } else if (c >= 'a' && c <= 'z') {
                    m |= 1 << LETTER.ordinal();
                } else {
                    m |= punctuation(c);
                }
            }
            return m;
        }

        private static int punctuation(char c) {
            return switch (c) {
                case '.' -> 1 << DOT.ordinal();
                case ':' -> 1 << COLON.ordinal();
                case '/' -> 1 << SLASH.ordinal();
                case '_' -> 1 << UNDERSCORE.ordinal();
                case '-' -> 1 << DASH.ordinal();
                case '"', '\'' -> 1 << QUOTE.ordinal();
                case '=' -> 1 << EQUALS.ordinal();
                // \d and \w in the rules are ASCII, but a unit may not be ("µs"), nor a word.
                default -> Character.isDigit(c) ? 1 << DIGIT.ordinal()
                        : Character.isUpperCase(c) ? 1 << LETTER.ordinal() | 1 << UPPER.ordinal()
                        : Character.isLetter(c) ? 1 << LETTER.ordinal() : 0;
            };
        }
    }

    public static final Rule UUID = Rule.of("uuid",
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}").needing(36, Trait.DASH);
    /** An IPv4 address, with the "/" Java's InetAddress.toString puts before it; a port stays a separate number. */
    public static final Rule IP = Rule.of("ip", "(?<![\\w.])/?\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.])").needing(7, Trait.DIGIT, Trait.DOT);
    /** A MAC address (00:11:22:aa:bb:cc). */
    public static final Rule MAC = Rule.of("mac", "(?<![\\w:])[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}(?![\\w:])").needing(17, Trait.COLON);
    /** A host name with a port (db.example.com:5432): one endpoint, named as a whole. */
    public static final Rule HOST_PORT = Rule.of("host-port", "(?<![\\w.-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+:\\d+(?![\\w])")
            .needing(5, Trait.DIGIT, Trait.DOT, Trait.COLON);
    /** A time of day standing as its own token (hh:mm or hh:mm:ss, with a fraction of a second). */
    public static final Rule TIME_OF_DAY = Rule.of("time-of-day", "^\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?,?$")
            .needing(4, Trait.DIGIT, Trait.COLON);
    /** A weekday or month name (English, capitalised) standing as its own token: part of a written date. */
    public static final Rule DATE_NAME = Rule.of("date-name",
            "^(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|"
            + "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?),?$")
            .needing(3, Trait.UPPER);
    /** A word with a numeric suffix after "_" names one thing (blk_123, worker_7): the whole token is the id. */
    public static final Rule NUMBERED_ID = Rule.of("numbered-id", "(?<![\\w-])[A-Za-z]\\w*_-?\\d+(?![\\w-])")
            .needing(3, Trait.DIGIT, Trait.UNDERSCORE);
    /** Two or more path segments, so a lone "/" or a fraction like "and/or" stays a word. */
    public static final Rule PATH = Rule.of("path", "(?<![\\w:])(?:/[\\w.$@+-]+){2,}/?").needing(4, Trait.SLASH);
    public static final Rule QUOTED = Rule.of("quoted", "\"[^\"]*\"|'[^']*'").needing(2, Trait.QUOTE);
    /** The value after {@code key=}; the key itself is what tells messages apart. */
    public static final Rule KEY_VALUE = Rule.of("key-value", "(?<=\\w=)[^\\s,;)\\]}]+").needing(3, Trait.EQUALS);
    /** 0x-prefixed, or eight or more hex digits mixing digits and letters (span ids, SHAs). */
    public static final Rule HEX = Rule.of("hex",
            "(?<![\\w])(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,})(?![\\w])")
            .needing(3, Trait.DIGIT, Trait.LETTER);
    public static final Rule DURATION = Rule.of("duration",
            "(?<![\\w.])\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h|d)(?![\\w])").needing(2, Trait.DIGIT, Trait.LETTER);
    /** An amount of memory or data with its unit (2048K, 1.5GB, 512MiB). */
    public static final Rule SIZE = Rule.of("size", "(?<![\\w.])\\d+(?:\\.\\d+)?(?:[KMGT]i?B?|B)(?![\\w])").needing(2, Trait.DIGIT, Trait.UPPER);
    /** Numbers standing alone or glued to punctuation ("node-12", "(3)"), never inside a word ("utf8"). */
    public static final Rule NUMBER = Rule.of("number", "(?<![A-Za-z0-9.])[-+]?\\d+(?:\\.\\d+)*(?![A-Za-z0-9])").needing(1, Trait.DIGIT);

    private static final Pattern ADJACENT_WILDCARDS = Pattern.compile("(?:<\\*>){2,}");

    public static final List<Rule> DEFAULT_RULES = List.of(UUID, MAC, IP, HOST_PORT, TIME_OF_DAY, DATE_NAME, PATH, NUMBERED_ID, QUOTED, KEY_VALUE, HEX, DURATION, SIZE, NUMBER);

    private final List<Rule> rules;

    public TokenMasking(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static TokenMasking defaults() {
        return new TokenMasking(DEFAULT_RULES);
    }

    public String mask(String token) {
        String s = token;
        int traits = Trait.of(s);
        for (Rule r : rules) {
            if (r.mayMatch(s, traits)) {
                String masked = r.pattern().matcher(s).replaceAll(WILDCARD);
                if (!masked.equals(s)) {
                    // What a rule masked is no longer there for the next rules' needs.
                    s = masked;
                    traits = Trait.of(s);
                }
            }
        }
        // Two rules may mask neighbouring parts of one value ("<*><*>"): it is still one variable.
        return s.contains("<*><*>") ? ADJACENT_WILDCARDS.matcher(s).replaceAll(WILDCARD) : s;
    }
}
