package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMaskingTest {

    private final TokenMasking masking = TokenMasking.defaults();

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

    @Test
    void appliesOnlyTheConfiguredRules() {
        TokenMasking numbersOnly = new TokenMasking(List.of(TokenMasking.NUMBER));
        assertThat(numbersOnly.mask("user=alice")).isEqualTo("user=alice");
        assertThat(numbersOnly.mask("42")).isEqualTo("<*>");
    }
}
