package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenMaskingTest {

    private final TokenMasking masking = TokenMasking.defaults();

    private static final List<String> VARIED = List.of("3f2a9c1e-0b1d-4c7e-9a55-2f6d8e1b7c90", "/10.0.3.17:50010", "status=200",
            "took", "5000.5ms", "blk_-1608999687919862906", "GET", "/api/v1/orders/42", "'alice'", "0x1f", "(3)", "2048K");

    @Test
    void aTokenMaskedAgainMasksAlikeAlsoAfterTheThreadForgotItsRecentTokens() {
        List<String> first = VARIED.stream().map(masking::mask).toList();
        assertThat(VARIED.stream().map(masking::mask).toList()).isEqualTo(first);
        for (int i = 0; i <= TokenMasking.RECENT_TOKENS; i++) {
            masking.mask("filler-" + i);
        }
        assertThat(VARIED.stream().map(masking::mask).toList()).isEqualTo(first)
                .isEqualTo(List.of("<*>", "<*>:<*>", "status=<*>", "took", "<*>", "<*>", "GET", "<*>", "<*>", "<*>", "(<*>)", "<*>"));
    }

    @Test
    void maskingsWithOtherRulesKeepTheirOwnRecentTokens() {
        TokenMasking numbersOnly = new TokenMasking(List.of(TokenMasking.NUMBER));
        assertThat(masking.mask("status=200")).isEqualTo("status=<*>");
        assertThat(numbersOnly.mask("status=200")).isEqualTo("status=<*>");
        assertThat(masking.mask("5000.5ms")).isEqualTo("<*>");
        assertThat(numbersOnly.mask("5000.5ms")).isEqualTo("<*>.5ms");
    }

    @Test
    void threadsMaskingAtOnceGetWhatOneThreadGets() throws InterruptedException {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            tokens.add(VARIED.get(i % VARIED.size()) + (i % 7 == 0 ? "-" + i : ""));
        }
        List<String> alone = tokens.stream().map(TokenMasking.defaults()::mask).toList();
        List<List<String>> together = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<String> out = new ArrayList<>();
            together.add(out);
            threads.add(Thread.ofPlatform().start(() -> tokens.forEach(token -> out.add(masking.mask(token)))));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(together).allSatisfy(out -> assertThat(out).isEqualTo(alone));
    }

    @Test
    void masksAUuidWhole() {
        assertThat(masking.mask("3f2a9c1e-0b1d-4c7e-9a55-2f6d8e1b7c90")).isEqualTo("<*>");
    }

    @Test
    void masksAnIpAddressWithItsLeadingSlashButKeepsThePortSeparate() {
        assertThat(masking.mask("/10.0.3.17:50010")).isEqualTo("<*>:<*>");
        assertThat(masking.mask("10.0.3.17,")).isEqualTo("<*>,");
    }

    @Test
    void masksAListOfValuesAsOneVariable() {
        assertThat(masking.mask("10.11.21.122,10.11.10.1")).isEqualTo("<*>");
        assertThat(masking.mask("(1,2,3)")).isEqualTo("(<*>)");
    }

    @Test
    void masksAMacAddressWhole() {
        assertThat(masking.mask("00:11:22:e3:ba:c3")).isEqualTo("<*>");
    }

    @Test
    void masksASizeWithItsUnit() {
        assertThat(masking.mask("2048K")).isEqualTo("<*>");
        assertThat(masking.mask("1.5GB")).isEqualTo("<*>");
        assertThat(masking.mask("K9")).isEqualTo("K9");
    }

    @Test
    void masksAHostNameWithAPortAsOneEndpoint() {
        assertThat(masking.mask("db.example.com:5432")).isEqualTo("<*>");
    }

    @Test
    void masksATimeOfDayAndWeekdayAndMonthNamesStandingAlone() {
        assertThat(masking.mask("23:21:50")).isEqualTo("<*>");
        assertThat(masking.mask("00:01")).isEqualTo("<*>");
        assertThat(masking.mask("Sun")).isEqualTo("<*>");
        assertThat(masking.mask("July")).isEqualTo("<*>");
        assertThat(masking.mask("Monitor")).isEqualTo("Monitor");
    }

    @Test
    void masksAWordWithANumericSuffixAsOneId() {
        assertThat(masking.mask("blk_-6952295868487656571")).isEqualTo("<*>");
        assertThat(masking.mask("worker_7")).isEqualTo("<*>");
    }

    @Test
    void masksAPathOfTwoOrMoreSegmentsButNotASlashBetweenWords() {
        assertThat(masking.mask("/var/log/app.log")).isEqualTo("<*>");
        assertThat(masking.mask("and/or")).isEqualTo("and/or");
    }

    @Test
    void masksAnIdInsideAPathAsPartOfThePathNotAsASecondVariable() {
        assertThat(masking.mask("/data/current/blk_-42")).isEqualTo("<*>");
        assertThat(new TokenMasking(List.of(TokenMasking.QUOTED, TokenMasking.NUMBER)).mask("'x'42")).isEqualTo("<*>");
    }

    @Test
    void masksAQuotedString() {
        assertThat(masking.mask("\"GET /index.html\"")).isEqualTo("<*>");
        assertThat(masking.mask("'alice'")).isEqualTo("<*>");
    }

    @Test
    void masksTheValueOfAKeyValuePairButKeepsTheKey() {
        assertThat(masking.mask("user=alice,")).isEqualTo("user=<*>,");
        assertThat(masking.mask("(uid=0)")).isEqualTo("(uid=<*>)");
    }

    @Test
    void masksHexIdsButNotWordsMadeOfHexLetters() {
        assertThat(masking.mask("0x7ffd")).isEqualTo("<*>");
        assertThat(masking.mask("4bf92f3577b34da6")).isEqualTo("<*>");
        assertThat(masking.mask("deadbeef")).isEqualTo("deadbeef");
        assertThat(masking.mask("facade")).isEqualTo("facade");
    }

    @Test
    void masksADurationWithItsUnit() {
        assertThat(masking.mask("5000.5ms")).isEqualTo("<*>");
        assertThat(masking.mask("30s")).isEqualTo("<*>");
    }

    @Test
    void masksNumbersStandingAloneOrOnPunctuationButNotInsideAWord() {
        assertThat(masking.mask("42")).isEqualTo("<*>");
        assertThat(masking.mask("node-12")).isEqualTo("node-<*>");
        assertThat(masking.mask("(3)")).isEqualTo("(<*>)");
        assertThat(masking.mask("utf8")).isEqualTo("utf8");
    }

    /** The rules written out by hand, each with the regex it must agree with. */
    static Stream<Arguments> handWrittenRules() {
        return Stream.of(
                Arguments.of(TokenMasking.NUMBER, "(?<![A-Za-z0-9.])[-+]?\\d+(?:\\.\\d+)*(?![A-Za-z0-9])", "0123456789.-+a:Z(/_"),
                Arguments.of(TokenMasking.IP, "(?<![\\w.])/?\\d{1,3}(?:\\.\\d{1,3}){3}(?![\\w.])", "0129....:/a_-"),
                Arguments.of(TokenMasking.NUMBERED_ID, "(?<![\\w-])[A-Za-z]\\w*_-?\\d+(?![\\w-])", "ab_Z_-19-_.:/"),
                Arguments.of(TokenMasking.MAC, "(?<![\\w:])[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}(?![\\w:])", "0aF:::::::::g_."),
                Arguments.of(TokenMasking.PATH, "(?<![\\w:])(?:/[\\w.$@+-]+){2,}/?", "///a_.$@+-:x "),
                Arguments.of(TokenMasking.HEX,
                        "(?<![\\w])(?:0x[0-9a-fA-F]+|(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,})(?![\\w])", "0x19afAFgx.-_:"),
                Arguments.of(TokenMasking.DURATION, "(?<![\\w.])\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h|d)(?![\\w])", "019.nusµmhdx_ -"),
                Arguments.of(TokenMasking.SIZE, "(?<![\\w.])\\d+(?:\\.\\d+)?(?:[KMGT]i?B?|B)(?![\\w])", "019.KMGTiBbx_ -"));
    }

    @ParameterizedTest
    @MethodSource("handWrittenRules")
    void masksExactlyAsTheRegexARuleWrittenByHandStandsFor(TokenMasking.Rule rule, String regex, String alphabet) {
        Pattern spec = Pattern.compile(regex);
        List<String> tokens = new ArrayList<>(List.of("42", "-7", "+3", "x-12", "node-12", "(3)", "1.2.3", "1.2.3a", "1.a", "12ab", "utf8",
                "a.1", ".5", "1..2", "--5", "-12a", "10.0.0.1:80", "/10.0.3.17:50010", "x/10.0.0.1", "1234.1.1.1", "1.2.3.4567", "v1.2",
                "blk_-6952295868487656571", "blk_42,", "a_1_2", "a_1_b", "a__-3", "worker_7-x", "x-worker_7", "_a_1", "00:11:22:e3:ba:c3",
                "/var/log/app.log", "a:/x/y", "/a/b//c", "0x7ffd", "0x12g", "4bf92f3577b34da6", "deadbeef", "5000.5ms", "5µs", "5min",
                "1.5x", "2048K", "512MiB", "1.5GB", "K9", ""));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(1, 14); k > 0; k--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            tokens.add(t.toString());
        }

        for (String t : tokens) {
            assertThat(rule.apply(t)).as(t).isEqualTo(spec.matcher(t).replaceAll("<*>"));
        }
    }

    @Test
    void skipsARuleOnlyWhenTheTokenLacksWhatEveryMatchNeeds() {
        for (TokenMasking.Rule rule : TokenMasking.DEFAULT_RULES) {
            for (String t : List.of("3f2a9c1e-0b1d-4c7e-9a55-2f6d8e1b7c90", "/10.0.3.17:50010", "00:11:22:e3:ba:c3", "db.example.com:5432",
                    "23:21:50,", "July,", "blk_-42", "/var/log/app.log", "'alice'", "uid=0", "0x7ffd", "5µs", "1.5GB", "(3)", "word")) {
                int needs = rule.traits();
                if ((TokenMasking.Trait.of(t) & needs) != needs || t.length() < rule.minLength()) {
                    assertThat(rule.apply(t)).as(rule.name() + " on " + t).isEqualTo(t);
                }
            }
        }
    }

    @Test
    void appliesOnlyTheConfiguredRules() {
        TokenMasking numbersOnly = new TokenMasking(List.of(TokenMasking.NUMBER));
        assertThat(numbersOnly.mask("user=alice")).isEqualTo("user=alice");
        assertThat(numbersOnly.mask("42")).isEqualTo("<*>");
    }
}
