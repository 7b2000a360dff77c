package org.incidentworkbench.analysis.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class LogLineFormatTest {

    @Test
    void splitsALineIntoItsFieldsWithSpacesMatchingAnyRunOfWhitespace() {
        LogLineFormat format = LogLineFormat.compile("<Date> <Time> <Level> <Component>: <Content>");

        assertThat(format.fields()).containsExactly("Date", "Time", "Level", "Component", "Content");
        assertThat(format.parse("081109 203615   INFO\tdfs.DataNode$PacketResponder: Received block blk_-160 of size 91178"))
                .hasValueSatisfying(fields -> assertThat(fields).containsExactly(
                        entry("Date", "081109"), entry("Time", "203615"), entry("Level", "INFO"),
                        entry("Component", "dfs.DataNode$PacketResponder"), entry("Content", "Received block blk_-160 of size 91178")));
    }

    @Test
    void theTextBetweenFieldsIsLiteralNotARegularExpression() {
        LogLineFormat format = LogLineFormat.compile("[<Time>] <Program>.* - <Content>");

        assertThat(format.content("[10.30 16:49:06] chrome.exe.* - open through proxy")).contains("open through proxy");
        assertThat(format.content("[10.30 16:49:06] chrome.exe.exe - open through proxy")).isEmpty();
    }

    @Test
    void acceptsLoghubsFormatsAsWrittenWithEscapesAndAnOptionalPart() {
        LogLineFormat proxifier = LogLineFormat.compile("\\[<Time>\\] <Program> - <Content>");
        LogLineFormat linux = LogLineFormat.compile("<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>");
        LogLineFormat healthApp = LogLineFormat.compile("<Time>\\|<Component>\\|<Pid>\\|<Content>");

        assertThat(proxifier.content("[10.30 16:49:06] chrome.exe - proxy.cse.cuhk.edu.hk:5070 open through proxy HTTPS"))
                .contains("proxy.cse.cuhk.edu.hk:5070 open through proxy HTTPS");
        assertThat(linux.parse("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown")).hasValueSatisfying(
                fields -> assertThat(fields).contains(entry("Component", "sshd(pam_unix)"), entry("PID", "19939"),
                        entry("Content", "check pass; user unknown")));
        assertThat(linux.parse("Jun 14 15:16:02 combo kernel: Linux version 2.6.5")).hasValueSatisfying(
                fields -> assertThat(fields).doesNotContainKey("PID").contains(entry("Component", "kernel"),
                        entry("Content", "Linux version 2.6.5")));
        assertThat(healthApp.content("20171223-22:15:29:606|Step_LSC|30002312|onStandStepChanged 3579"))
                .contains("onStandStepChanged 3579");
    }

    @Test
    void aParenthesisThatDoesNotCloseAnOptionalPartIsLiteral() {
        LogLineFormat format = LogLineFormat.compile("<Level> (<Thread>) <Content>");

        assertThat(format.parse("WARN (main) disk (sda) almost full")).hasValueSatisfying(fields -> assertThat(fields)
                .containsExactly(entry("Level", "WARN"), entry("Thread", "main"), entry("Content", "disk (sda) almost full")));
    }

    @Test
    void aLineThatDoesNotFitIsEmptyAndSurroundingWhitespaceIsIgnored() {
        LogLineFormat format = LogLineFormat.compile("<Level>: <Content>");

        assertThat(format.content("no colon here")).isEmpty();
        assertThat(format.content("")).isEmpty();
        assertThat(format.content("  ERROR: disk full  \r")).contains("disk full");
    }

    @Test
    void aMalformedFormatIsRefusedWithAMessageNamingTheProblem() {
        assertThatThrownBy(() -> LogLineFormat.compile("<Date> <Time> <Level>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no <Content> field");
        assertThatThrownBy(() -> LogLineFormat.compile("<Date> <Time <Content>"))
                .hasMessageContaining("field <Time <Content> at column 8 is not a name");
        assertThatThrownBy(() -> LogLineFormat.compile("<Date> <Content> <Time"))
                .hasMessageContaining("unclosed '<' at column 18");
        assertThatThrownBy(() -> LogLineFormat.compile("<> <Content>")).hasMessageContaining("field <> at column 1 is not a name");
        assertThatThrownBy(() -> LogLineFormat.compile("<Content> <Content>")).hasMessageContaining("names the field <Content> twice");
        assertThatThrownBy(() -> LogLineFormat.compile("<Content> \\")).hasMessageContaining("ends with a '\\'");
        assertThatThrownBy(() -> LogLineFormat.compile("  ")).hasMessageContaining("the log format is empty");
    }
}
