package org.incidentworkbench.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.incidentworkbench.analysis.logs.LogLineFormat;
import org.incidentworkbench.analysis.logs.MinedTemplate;
import org.incidentworkbench.analysis.logs.MinerSettings;
import org.incidentworkbench.analysis.logs.TemplateMiner;

/**
 * A plain log file mined line by line: each line's {@code <Content>}, or the whole line when it
 * does not fit the format. The file is streamed; when asked, the template number of every line is
 * kept (one int per line) so that each line can be written with the final text of its template,
 * which may have widened after the line was read.
 */
final class LogFileMining {

    private final TemplateMiner miner;
    private int[] templateOfLine;
    private int lines;
    private long unfit;

    private LogFileMining(TemplateMiner miner, boolean keepLines) {
        this.miner = miner;
        this.templateOfLine = keepLines ? new int[1 << 12] : null;
    }

    /**
     * Mines {@code file}; {@code keepLines} keeps each line's template for {@link #writeLineTemplates}.
     *
     * @throws IOException when the file cannot be read (a missing file says so in its class)
     * @throws CommandFailure when {@code file} is a directory
     */
    static LogFileMining mine(Path file, LogLineFormat format, MinerSettings settings, boolean keepLines) throws IOException {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + " is a directory, not a log file");
        }
        LogFileMining mining = new LogFileMining(new TemplateMiner(settings), keepLines);
        // Log files are not always clean UTF-8: a bad byte becomes U+FFFD rather than ending the run.
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                mining.add(format, line);
            }
        }
        return mining;
    }

    private void add(LogLineFormat format, String line) {
        String content = format.content(line).orElse(null);
        if (content == null) {
            unfit++;
            content = line;
        }
        int template = miner.add(content);
        if (templateOfLine != null) {
            if (lines == templateOfLine.length) {
                templateOfLine = Arrays.copyOf(templateOfLine, lines * 2);
            }
            templateOfLine[lines] = template;
        }
        lines++;
    }

    /** Lines read. */
    int lines() {
        return lines;
    }

    /** Lines that did not fit the format and were mined whole. */
    long unfit() {
        return unfit;
    }

    List<MinedTemplate> templates() {
        return miner.templates();
    }

    /** {@code LineId,EventTemplate} as RFC 4180 CSV, one record per line read, LineId counting from 1. */
    void writeLineTemplates(Writer out) throws IOException {
        if (templateOfLine == null) {
            throw new IllegalStateException("mined without keeping each line's template");
        }
        out.write(Csv.record(List.of("LineId", "EventTemplate")));
        for (int i = 0; i < lines; i++) {
            out.write(Csv.record(List.of(Integer.toString(i + 1), miner.templateText(templateOfLine[i]))));
        }
    }
}
