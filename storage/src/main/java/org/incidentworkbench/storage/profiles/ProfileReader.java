package org.incidentworkbench.storage.profiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentworkbench.storage.schema.Relation;

/**
 * Reads a profile's JSON with its line numbers, so every problem says where it is. It goes on
 * after a problem to collect all of them (malformed JSON excepted: the parser cannot go on). The
 * format is documented in docs/source-profiles.md.
 */
final class ProfileReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonParser p;
    private final String fallbackName;
    private final Path file;
    private final List<Found> found = new ArrayList<>();
    private String name;
    private String description = "";
    private final List<ProfileSql> session = new ArrayList<>();
    private final Map<Relation, List<ProfileSql>> relations = new EnumMap<>(Relation.class);
    private int relationsLine;

    /** A problem before the profile's name is known. */
    private record Found(String part, int line, int column, String message) {
    }

    private ProfileReader(JsonParser p, String fallbackName, Path file) {
        this.p = p;
        this.fallbackName = fallbackName;
        this.file = file;
    }

    /**
     * The profile in {@code json}.
     *
     * @param fallbackName what messages call the profile if its own name cannot be read
     * @param file the file it was read from; null for a built-in profile
     * @throws ProfileException with every problem found
     */
    static SourceProfile read(String json, String fallbackName, Path file) {
        try (JsonParser p = JSON.createParser(json)) {
            return new ProfileReader(p, fallbackName, file).profile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceProfile profile() throws IOException {
        try {
            readProfile();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            found.add(new Found(null, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage()));
        }
        String shownName = name == null || name.isBlank() ? fallbackName : name;
        if (found.isEmpty()) {
            return new SourceProfile(name, description, file, session, relations);
        }
        String origin = file == null ? "built-in" : file.toString();
        throw new ProfileException(found.stream()
                .map(f -> new ProfileProblem(shownName, origin, f.part(), f.line(), f.column(), f.message())).toList());
    }

    private void readProfile() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problem(null, "a profile is a JSON object: {\"name\": ..., \"relations\": {...}}");
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = line();
            p.nextToken();
            switch (key) {
                case "name" -> name = string(null, "the name");
                case "description" -> description = string(null, "the description");
                case "session" -> session();
                case "relations" -> {
                    relationsLine = line;
                    relations();
                }
                default -> {
                    found.add(new Found(null, line, 0, "unknown key \"" + key
                            + "\": a profile has name, description, session and relations"));
                    p.skipChildren();
                }
            }
        }
        if (p.nextToken() != null) {
            problem(null, "text after the profile's closing brace");
        }
        if (name == null || name.isBlank()) {
            found.add(new Found(null, 1, 0, "the profile has no \"name\""));
        }
        if (relationsLine == 0) {
            found.add(new Found(null, 1, 0, "the profile has no \"relations\""));
        } else {
            for (Relation r : Relation.values()) {
                if (!relations.containsKey(r)) {
                    found.add(new Found(r.tableName(), relationsLine, 0,
                            "missing: every canonical relation needs a template (see docs/source-profiles.md)"));
                }
            }
        }
    }

    /** {@code "session": [statement, ...]}, each a string or {"requires": [...], "sql": ...}. */
    private void session() throws IOException {
        if (!p.hasToken(JsonToken.START_ARRAY)) {
            skipWith("session", "\"session\" is a list of SQL statements");
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            ProfileSql statement = p.hasToken(JsonToken.START_OBJECT) ? withRequires("session") : sql("session");
            if (statement != null) {
                checkParameters("session", statement, Set.of(), "session statements take no parameters");
                session.add(statement);
            }
        }
    }

    private void relations() throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            skipWith(null, "\"relations\" is an object from relation name to SQL template");
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = line();
            p.nextToken();
            Relation relation = Relation.named(key).orElse(null);
            if (relation == null) {
                found.add(new Found(key, line, 0, "not a canonical relation; they are "
                        + Stream.of(Relation.values()).map(Relation::tableName).collect(Collectors.joining(", "))));
                p.skipChildren();
                continue;
            }
            List<ProfileSql> templates = templates(relation);
            if (!templates.isEmpty()) {
                relations.put(relation, templates);
            }
        }
    }

    /** SQL (a string or a list of lines), one {"requires", "sql"} object, or a list of such objects to choose from. */
    private List<ProfileSql> templates(Relation relation) throws IOException {
        String part = relation.tableName();
        List<ProfileSql> templates = new ArrayList<>();
        if (p.hasToken(JsonToken.START_OBJECT)) {
            templates.add(withRequires(part));
        } else if (p.hasToken(JsonToken.START_ARRAY)) {
            int line = line();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                templates.add(lines(part, line));
            } else {
                while (p.hasToken(JsonToken.START_OBJECT)) {
                    templates.add(withRequires(part));
                    p.nextToken();
                }
                if (!p.hasToken(JsonToken.END_ARRAY)) {
                    problem(part, "a list of alternatives holds only {\"requires\": [...], \"sql\": ...} objects");
                    skipRestOfList();
                }
            }
        } else {
            templates.add(sql(part));
        }
        templates.removeIf(t -> t == null);
        Set<String> known = relation.timeColumn().isPresent() ? Set.of("from", "to") : Set.of();
        String allowed = relation.timeColumn()
                .map(c -> part + " takes :from and :to, the bounds of the window on its " + c)
                .orElse(part + " takes no parameters");
        templates.forEach(t -> checkParameters(part, t, known, allowed));
        return templates;
    }

    /** {"requires": ["age"], "sql": ...}; the current token is its START_OBJECT. */
    private ProfileSql withRequires(String part) throws IOException {
        Set<String> requires = new LinkedHashSet<>();
        ProfileSql sql = null;
        int line = line();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = line();
            p.nextToken();
            switch (key) {
                case "requires" -> requires(part, requires);
                case "sql" -> sql = sql(part);
                default -> {
                    found.add(new Found(part, keyLine, 0, "unknown key \"" + key + "\": a template has requires and sql"));
                    p.skipChildren();
                }
            }
        }
        if (sql == null) {
            found.add(new Found(part, line, 0, "the template has no \"sql\""));
            return null;
        }
        return new ProfileSql(requires, sql.sql(), sql.lines());
    }

    private void requires(String part, Set<String> requires) throws IOException {
        if (!p.hasToken(JsonToken.START_ARRAY)) {
            skipWith(part, "\"requires\" is a list of extension names, e.g. [\"age\"]");
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                requires.add(p.getText());
            } else {
                skipWith(part, "\"requires\" is a list of extension names, e.g. [\"age\"]");
            }
        }
    }

    /** SQL text: a string, or a list of strings that are its lines. */
    private ProfileSql sql(String part) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return text(part, p.getText(), List.of(new SourceLines.Piece(0, line())));
        }
        if (p.hasToken(JsonToken.START_ARRAY)) {
            int line = line();
            p.nextToken();
            return lines(part, line);
        }
        skipWith(part, "SQL is a string or a list of strings, one per line");
        return null;
    }

    /** SQL written as a list of lines; the current token is the list's first element (or its end). */
    private ProfileSql lines(String part, int listLine) throws IOException {
        List<SourceLines.Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (p.hasToken(JsonToken.VALUE_STRING)) {
            text.append(pieces.isEmpty() ? "" : "\n");
            pieces.add(new SourceLines.Piece(text.length(), line()));
            text.append(p.getText());
            p.nextToken();
        }
        if (!p.hasToken(JsonToken.END_ARRAY)) {
            problem(part, "SQL written as a list holds only strings, one per line");
            skipRestOfList();
            return null;
        }
        return text(part, text.toString(), pieces.isEmpty() ? List.of(new SourceLines.Piece(0, listLine)) : pieces);
    }

    private ProfileSql text(String part, String text, List<SourceLines.Piece> pieces) {
        if (text.isBlank()) {
            found.add(new Found(part, pieces.get(0).line(), 0, "the SQL is empty"));
            return null;
        }
        return new ProfileSql(Set.of(), SqlTemplate.scan(text), new SourceLines(pieces));
    }

    /** Skips to the end of the list the current token is in. */
    private void skipRestOfList() throws IOException {
        while (p.currentToken() != null && !p.hasToken(JsonToken.END_ARRAY)) {
            p.skipChildren();
            p.nextToken();
        }
    }

    private void checkParameters(String part, ProfileSql sql, Set<String> known, String allowed) {
        for (SqlTemplate.Parameter parameter : sql.sql().parameters()) {
            if (!known.contains(parameter.name())) {
                found.add(new Found(part, sql.lineAt(parameter.offset()), 0,
                        "unknown parameter :" + parameter.name() + " (" + allowed + ")"));
            }
        }
    }

    private void problem(String part, String message) {
        found.add(new Found(part, line(), 0, message));
    }

    /** Reports the current value as not what {@code message} says it should be, and skips it. */
    private void skipWith(String part, String message) throws IOException {
        problem(part, message);
        p.skipChildren();
    }

    private String string(String part, String what) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return p.getText();
        }
        skipWith(part, what + " is a string");
        return null;
    }

    private int line() {
        return p.currentTokenLocation().getLineNr();
    }
}
