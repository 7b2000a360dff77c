package org.incidentworkbench.storage.profiles;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentworkbench.storage.jdbc.Relations;
import org.incidentworkbench.storage.jdbc.SqlDialect;
import org.incidentworkbench.storage.schema.Relation;

/**
 * A source profile: how to read each canonical {@link Relation} from one database layout, as SQL
 * templates (with alternatives chosen by the extensions the server has), plus statements to run at
 * the start of every session. Read from JSON by {@link SourceProfiles}; see docs/source-profiles.md.
 */
public final class SourceProfile {

    private final String name;
    private final String description;
    private final Path file;
    private final List<ProfileSql> session;
    private final Map<Relation, List<ProfileSql>> relations;

    SourceProfile(String name, String description, Path file, List<ProfileSql> session,
            Map<Relation, List<ProfileSql>> relations) {
        this.name = name;
        this.description = description;
        this.file = file;
        this.session = List.copyOf(session);
        this.relations = new EnumMap<>(relations);
        if (this.relations.size() != Relation.values().length) {
            throw new IllegalArgumentException("a profile maps every relation");
        }
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The file the profile was read from; empty for a built-in profile. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Where the profile comes from, as messages say it: its file, or "built-in". */
    public String origin() {
        return file == null ? "built-in" : file.toString();
    }

    /** The built-in profile of the canonical schema, whose databases are stamped by {@code workbench db init}. */
    public boolean canonical() {
        return file == null && name.equals(SourceProfiles.CANONICAL);
    }

    /** The session statements a server with {@code extensions} runs, in order. */
    public List<ProfileSql> session(Set<String> extensions) {
        return session.stream().filter(s -> s.fits(extensions)).toList();
    }

    /** The first of {@code relation}'s templates a server with {@code extensions} can run. */
    public Optional<ProfileSql> template(Relation relation, Set<String> extensions) {
        return relations.get(relation).stream().filter(t -> t.fits(extensions)).findFirst();
    }

    /** {@code relation}'s templates, in the order they are tried. */
    public List<ProfileSql> templates(Relation relation) {
        return relations.get(relation);
    }

    /**
     * The relations the reads use on a server with {@code extensions}: each relation's first
     * fitting template.
     *
     * @throws IllegalStateException when a relation has no fitting template (a checked profile has one)
     */
    public Relations relations(Set<String> extensions, SqlDialect dialect) {
        Map<Relation, ProfileSql> chosen = new EnumMap<>(Relation.class);
        for (Relation r : Relation.values()) {
            chosen.put(r, template(r, extensions).orElseThrow(() -> new IllegalStateException(
                    "profile " + name + " has no template for " + r.tableName() + " that fits " + extensions)));
        }
        return new ProfileRelations(chosen, dialect);
    }

    /** A problem with this profile, in {@code part} (null for the whole profile) at file {@code line} (0: none). */
    public ProfileProblem problem(String part, int line, String message) {
        return new ProfileProblem(name, origin(), part, line, 0, message);
    }
}
