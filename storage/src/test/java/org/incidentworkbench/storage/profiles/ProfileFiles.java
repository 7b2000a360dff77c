package org.incidentworkbench.storage.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import org.incidentworkbench.storage.schema.Relation;

/**
 * User profile files for tests: the canonical profile's templates, one relation per line, with some
 * relations replaced by raw JSON (which may span lines) or left out, written under a name.
 */
public final class ProfileFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileFiles() {
    }

    /**
     * The canonical profile named {@code name}, each relation in {@code changed} given that raw
     * JSON value instead (null: left out).
     */
    public static String canonicalWith(String name, Map<Relation, String> changed) {
        StringJoiner relations = new StringJoiner(",\n");
        for (Relation r : Relation.values()) {
            String value = changed.containsKey(r) ? changed.get(r) : quoted(canonicalSql(r));
            if (value != null) {
                relations.add("    \"" + r.tableName() + "\": " + value);
            }
        }
        return "{\n  \"name\": " + quoted(name) + ",\n  \"description\": \"for a test\",\n  \"relations\": {\n"
                + relations + "\n  }\n}\n";
    }

    /** The canonical template of {@code relation}. */
    public static String canonicalSql(Relation relation) {
        return SourceProfiles.canonical().templates(relation).get(0).sql().text();
    }

    /** {@code json} written as {@code folder/name.json}. */
    public static Path write(Path folder, String name, String json) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve(name + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of {@code text} holding the first occurrence of {@code marker}. */
    public static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("no " + marker + " in the profile");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    public static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
