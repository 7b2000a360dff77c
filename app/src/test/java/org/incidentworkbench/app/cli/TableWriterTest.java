package org.incidentworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    private static final Instant T = Instant.parse("2026-11-20T14:05:00.123456Z");

    private final Table table = Table.withColumns("ts", "value", "note")
            .row(T, 1234.56789, "plain")
            .row(T.plusSeconds(60), 0.5, "has, a comma and \"quotes\"\nand a line break")
            .row(T.plusSeconds(120), Double.NaN, null);

    @Test
    void tablesAlignColumnsRightAligningNumbersRoundingToSixDigitsAndKeepingEachRowOnOneLine() {
        assertThat(print(OutputFormat.TABLE)).isEqualTo("""
                ts                             value  note
                2026-11-20T14:05:00.123456Z  1234.57  plain
                2026-11-20T14:06:00.123456Z      0.5  has, a comma and "quotes"\\nand a line break
                2026-11-20T14:07:00.123456Z        -  -
                """);
    }

    @Test
    void tablesWriteNumbersBelowOneMillionthInScientificNotationInsteadOfRowsOfZeros() {
        Table small = Table.withColumns("p").row(1.23456789e-40).row(0.000001234).row(2e-7).row(0.0);
        StringWriter out = new StringWriter();

        new TableWriter(OutputFormat.TABLE, TimeFormat.UTC).write(small, new PrintWriter(out));

        assertThat(out.toString()).isEqualTo("""
                          p
                1.23457E-40
                0.000001234
                       2E-7
                          0
                """);
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuotingAndKeepsFullPrecision() {
        assertThat(print(OutputFormat.CSV)).isEqualTo("ts,value,note\r\n"
                + "2026-11-20T14:05:00.123456Z,1234.56789,plain\r\n"
                + "2026-11-20T14:06:00.123456Z,0.5,\"has, a comma and \"\"quotes\"\"\nand a line break\"\r\n"
                + "2026-11-20T14:07:00.123456Z,,\r\n");
    }

    @Test
    void jsonKeepsNumbersAsNumbersAndMissingValuesAsNull() {
        assertThat(print(OutputFormat.JSON).replaceAll("\\s+", "")).isEqualTo(
                "[{\"ts\":\"2026-11-20T14:05:00.123456Z\",\"value\":1234.56789,\"note\":\"plain\"},"
                + "{\"ts\":\"2026-11-20T14:06:00.123456Z\",\"value\":0.5,\"note\":\"has,acommaand\\\"quotes\\\"\\nandalinebreak\"},"
                + "{\"ts\":\"2026-11-20T14:07:00.123456Z\",\"value\":null,\"note\":null}]");
    }

    @Test
    void timesCanBePrintedInAnotherZoneWithTheirOffset() {
        StringWriter out = new StringWriter();
        new TableWriter(OutputFormat.CSV, new TimeFormat(ZoneOffset.ofHours(2)))
                .write(Table.withColumns("ts").row(T), new PrintWriter(out));

        assertThat(out.toString()).isEqualTo("ts\r\n2026-11-20T16:05:00.123456+02:00\r\n");
    }

    private String print(OutputFormat format) {
        StringWriter out = new StringWriter();
        new TableWriter(format, TimeFormat.UTC).write(table, new PrintWriter(out));
        return out.toString();
    }
}
