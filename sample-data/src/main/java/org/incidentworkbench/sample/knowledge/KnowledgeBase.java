package org.incidentworkbench.sample.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.incidentworkbench.analysis.knowledge.KbDocument;
import org.incidentworkbench.sample.random.RandomIds;
import org.incidentworkbench.storage.json.Json;

/**
 * Loads the runbooks and incident summaries bundled with the sample. Each is a Markdown file
 * whose front matter ({@code key: value} lines between {@code ---}) gives its kind, title,
 * service, tags, source and dates; {@code index.txt} lists them in order.
 */
public final class KnowledgeBase {

    private static final String INDEX = "index.txt";
    /** Front-matter keys that become columns; the others go to the metadata. */
    private static final List<String> COLUMNS = List.of("kind", "title", "service", "tags", "source", "created");

    private KnowledgeBase() {
    }

    public static List<KbDocument> documents(RandomGenerator rng) {
        List<KbDocument> docs = new ArrayList<>();
        for (String name : read(INDEX).split("\n")) {
            if (!name.isBlank()) {
                docs.add(parse(name.trim(), read(name.trim()), rng));
            }
        }
        return docs;
    }

    static KbDocument parse(String name, String text, RandomGenerator rng) {
        if (!text.startsWith("---\n")) {
            throw new IllegalStateException("knowledge document without front matter: " + name);
        }
        int end = text.indexOf("\n---\n", 4);
        Map<String, String> front = new TreeMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            String value = line.substring(colon + 1).trim();
            front.put(line.substring(0, colon).trim(), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        Map<String, String> metadata = new TreeMap<>(front);
        metadata.keySet().removeAll(COLUMNS);
        metadata.put("file", name);
        metadata.put("format", "markdown");
        List<String> tags = Arrays.stream(front.get("tags").split(",")).map(String::trim).toList();
        return new KbDocument(RandomIds.uuid(rng), front.get("kind"), front.get("title"), text.substring(end + 5).trim(),
                front.get("service"), tags, front.get("source"), Instant.parse(front.get("created")), Json.fromMap(metadata));
    }

    private static String read(String resource) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("knowledge resource missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
