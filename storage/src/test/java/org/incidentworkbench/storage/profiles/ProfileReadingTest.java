package org.incidentworkbench.storage.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.incidentworkbench.storage.profiles.ProfileFiles.canonicalWith;
import static org.incidentworkbench.storage.profiles.ProfileFiles.lineOf;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile files read into templates, or rejected with every problem at its line. */
class ProfileReadingTest {

    static final String MISSING = "missing: every canonical relation needs a template (see docs/source-profiles.md)";

    @TempDir
    Path folder;

    private SourceProfile load(String name, String json) {
        ProfileFiles.write(folder, name, json);
        return new SourceProfiles(folder).load(name);
    }

    private List<ProfileProblem> problems(String name, String json) {
        ProfileFiles.write(folder, name, json);
        try {
            new SourceProfiles(folder).load(name);
        } catch (ProfileException e) {
            return e.problems();
        }
        throw new AssertionError("the profile loaded");
    }

    @Test
    void theBuiltInProfilesMapEveryRelation() {
        for (String name : List.of(SourceProfiles.CANONICAL, SourceProfiles.SEED_LAYOUT)) {
            SourceProfile p = new SourceProfiles(folder).load(name);
            assertThat(p.name()).isEqualTo(name);
            assertThat(p.origin()).isEqualTo("built-in");
            for (Relation r : Relation.values()) {
                assertThat(p.templates(r)).as(name + " " + r).isNotEmpty();
            }
        }
        assertThat(SourceProfiles.canonical().canonical()).isTrue();
    }

    @Test
    void sqlWrittenAsLinesKeepsTheLineOfEachPiece() {
        String json = canonicalWith("lines", Map.of(Relation.LOG_RECORDS, """
                [
                      "SELECT log_id, ts, service, severity, body,",
                      "       trace_id, span_id, attributes",
                      "FROM log_records WHERE ts >= :from AND ts < :to"
                    ]"""));
        ProfileSql t = load("lines", json).templates(Relation.LOG_RECORDS).get(0);

        assertThat(t.sql().text()).isEqualTo("SELECT log_id, ts, service, severity, body,\n       trace_id, span_id, attributes\n"
                + "FROM log_records WHERE ts >= :from AND ts < :to");
        assertThat(t.line()).isEqualTo(lineOf(json, "SELECT log_id"));
        assertThat(t.lineAt(t.sql().text().indexOf(":from"))).isEqualTo(lineOf(json, ":from"));
        assertThat(t.lineAt(t.sql().text().indexOf("span_id"))).isEqualTo(lineOf(json, "span_id"));
    }

    @Test
    void theFirstAlternativeTheServersExtensionsSatisfyIsChosen() {
        String json = canonicalWith("alternatives", Map.of(Relation.TOPOLOGY_EDGES, """
                [
                      {"requires": ["age", "vector"], "sql": "SELECT 'graph' AS src, '' AS dst, '' AS relation, '' AS source"},
                      {"requires": ["age"], "sql": "SELECT 'age' AS src, '' AS dst, '' AS relation, '' AS source"},
                      {"sql": "SELECT src, dst, relation, source FROM topology_edges"}
                    ]"""));
        SourceProfile p = load("alternatives", json);

        assertThat(p.template(Relation.TOPOLOGY_EDGES, Set.of("age")).orElseThrow().sql().text()).contains("'age'");
        assertThat(p.template(Relation.TOPOLOGY_EDGES, Set.of("age", "vector")).orElseThrow().sql().text()).contains("'graph'");
        assertThat(p.template(Relation.TOPOLOGY_EDGES, Set.of()).orElseThrow().sql().text()).contains("FROM topology_edges");
    }

    @Test
    void sessionStatementsRunOnlyWhereTheirExtensionsAre() {
        String json = canonicalWith("session", Map.of()).replace("\"relations\"",
                "\"session\": [\"SET statement_timeout = '5s'\", {\"requires\": [\"age\"], \"sql\": \"LOAD 'age'\"}],\n  \"relations\"");
        SourceProfile p = load("session", json);

        assertThat(p.session(Set.of()).stream().map(s -> s.sql().text())).containsExactly("SET statement_timeout = '5s'");
        assertThat(p.session(Set.of("age")).stream().map(s -> s.sql().text()))
                .containsExactly("SET statement_timeout = '5s'", "LOAD 'age'");
    }

    @Test
    void malformedJsonIsReportedWithItsLineAndColumn() {
        String json = canonicalWith("broken", Map.of()).replace("\"metric_points\":", "\"metric_points\" ");

        List<ProfileProblem> problems = problems("broken", json);

        assertThat(problems).hasSize(1);
        ProfileProblem p = problems.get(0);
        assertThat(p.line()).isEqualTo(lineOf(json, "\"metric_points\""));
        assertThat(p.column()).isPositive();
        assertThat(p.toString()).startsWith("profile \"broken\" (" + folder.resolve("broken.json") + "), line "
                + p.line() + ", column " + p.column() + ": not valid JSON: ");
    }

    @Test
    void everyProblemIsReportedTogetherEachAtItsLine() {
        Map<Relation, String> changed = new HashMap<>();
        changed.put(Relation.KB_EMBEDDINGS, null);
        changed.put(Relation.SERVICES, ProfileFiles.quoted("SELECT * FROM services WHERE created_at > :from"));
        changed.put(Relation.LOG_RECORDS, """
                [
                      "SELECT log_id, ts, service, severity, body, trace_id, span_id, attributes",
                      "FROM log_records WHERE ts >= :from AND service = :service"
                    ]""");
        String json = canonicalWith("mine", changed).replace("\"relations\": {", "\"relations\": {\n    \"log_lines\": \"SELECT 1\",")
                .replace("\"description\"", "\"colour\": \"red\",\n  \"description\"");

        List<String> messages = problems("mine", json).stream().map(ProfileProblem::toString).toList();

        String where = "profile \"mine\" (" + folder.resolve("mine.json") + "), ";
        assertThat(messages).containsExactlyInAnyOrder(
                where + "line " + lineOf(json, "colour") + ": unknown key \"colour\": a profile has name, description,"
                        + " session and relations",
                where + "log_lines, line " + lineOf(json, "log_lines") + ": not a canonical relation; they are services,"
                        + " topology_edges, incidents, incident_decisions, deployment_events, config_change_events, commits,"
                        + " commit_files, deployment_commit_ranges, metric_descriptors, metric_points, log_records,"
                        + " log_templates, spans, evidence_artifacts, incident_hypotheses, incident_reports,"
                        + " feedback_events, kb_documents, kb_embeddings",
                where + "services, line " + lineOf(json, "created_at > :from") + ": unknown parameter :from"
                        + " (services takes no parameters)",
                where + "log_records, line " + lineOf(json, ":service") + ": unknown parameter :service"
                        + " (log_records takes :from and :to, the bounds of the window on its ts)",
                where + "kb_embeddings, line " + lineOf(json, "\"relations\"") + ": missing: every canonical relation"
                        + " needs a template (see docs/source-profiles.md)");
    }

    @Test
    void aProfileFileNeedsAnObjectWithNameAndRelations() {
        assertThat(problems("empty", "[]")).extracting(ProfileProblem::message)
                .containsExactly("a profile is a JSON object: {\"name\": ..., \"relations\": {...}}");
        assertThat(problems("bare", "{}")).extracting(ProfileProblem::message)
                .containsExactly("the profile has no \"name\"", "the profile has no \"relations\"");
        assertThat(problems("nameless", "{\"description\": \"x\"}")).extracting(ProfileProblem::profile)
                .containsOnly("nameless");
    }

    @Test
    void templatesOfTheWrongShapeAreReported() {
        String json = canonicalWith("shapes", Map.of(
                Relation.SPANS, "[\"SELECT 1\", 2]",
                Relation.COMMITS, "{\"requires\": \"age\", \"sql\": \"SELECT 1\"}",
                Relation.COMMIT_FILES, "{\"requires\": [\"age\"]}",
                Relation.METRIC_POINTS, "\"  \""));

        assertThat(problems("shapes", json)).extracting(ProfileProblem::part, ProfileProblem::message).containsExactlyInAnyOrder(
                tuple("spans", "SQL written as a list holds only strings, one per line"),
                tuple("commits", "\"requires\" is a list of extension names, e.g. [\"age\"]"),
                tuple("commit_files", "the template has no \"sql\""),
                tuple("metric_points", "the SQL is empty"),
                tuple("spans", MISSING), tuple("commit_files", MISSING), tuple("metric_points", MISSING));
    }

    @Test
    void anUnknownProfileSaysWhereProfilesAre() {
        assertThatThrownBy(() -> new SourceProfiles(folder).load("nope")).isInstanceOf(SourceException.class)
                .hasMessage("There is no source profile \"nope\": the built-in profiles are canonical and seed-layout, and "
                        + folder + " holds no nope.json (a profile file can also be given by its path).");
    }
}
