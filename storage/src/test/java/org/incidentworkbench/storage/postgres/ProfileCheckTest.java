package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.incidentworkbench.storage.profiles.ProfileFiles.canonicalSql;
import static org.incidentworkbench.storage.profiles.ProfileFiles.canonicalWith;
import static org.incidentworkbench.storage.profiles.ProfileFiles.lineOf;
import static org.incidentworkbench.storage.profiles.ProfileFiles.quoted;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.storage.profiles.ProfileException;
import org.incidentworkbench.storage.profiles.ProfileFiles;
import org.incidentworkbench.storage.profiles.ProfileProblem;
import org.incidentworkbench.storage.profiles.SourceProfile;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.incidentworkbench.storage.schema.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Profiles checked against a real server: every template prepared, each problem at its file line. */
class ProfileCheckTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();

    @TempDir
    Path folder;

    private SourceProfile profile(String name, Map<Relation, String> changed) {
        ProfileFiles.write(folder, name, canonicalWith(name, changed));
        return new SourceProfiles(folder).load(name);
    }

    private String where(String name) {
        return "profile \"" + name + "\" (" + folder.resolve(name + ".json") + "), ";
    }

    @Test
    void theCanonicalProfileFitsTheCanonicalSchema() {
        ProfileCheck check = PostgresSources.check(PG.target(), SourceProfiles.canonical());

        assertThat(check.ok()).as(check.messages().toString()).isTrue();
        assertThat(check.chosen().keySet()).containsExactlyInAnyOrder(Relation.values());
        assertThat(check.server().versionNumber()).isPositive();
    }

    @Test
    void aServerErrorIsReportedAtTheProfileLineItPointsTo() {
        Map<Relation, String> changed = new HashMap<>();
        changed.put(Relation.LOG_RECORDS, """
                [
                      "SELECT log_id, ts, service,",
                      "       severity, body, trace_id,",
                      "       span_id, lvl AS attributes",
                      "FROM log_records WHERE ts >= :from AND ts < :to"
                    ]""");
        changed.put(Relation.METRIC_POINTS, quoted("SELECT ts, service, metric, CAST(value AS real) AS value, labels FROM metric_points"));
        changed.put(Relation.SPANS, quoted(canonicalSql(Relation.SPANS).replace("status, ", "status AS state, ")));
        changed.put(Relation.COMMITS, quoted("SELECT commit_sha, repo, author, message, summary, authored_at, 1 AS extra FROM commits"));
        changed.put(Relation.SERVICES, quoted("SELECT service_id, cluster_id, namespace, service_name, kind, team, created_at"
                + " FROM services WHERE nonexistent_column = $$:not_a_parameter$$ AND created_at::date > '2020-01-01'"));
        String json = canonicalWith("mine", changed);
        SourceProfile mine = new SourceProfiles(folder).load(ProfileFiles.write(folder, "mine", json).toString());

        ProfileCheck check = PostgresSources.check(PG.target(), mine);

        assertThat(check.messages()).containsExactly(
                where("mine") + "services, line " + lineOf(json, "nonexistent_column") + ": column \"nonexistent_column\" does not exist",
                where("mine") + "commits, line " + lineOf(json, "1 AS extra") + ": column \"extra\" is not one of commits's"
                        + " (commits returns commit_sha, repo, author, message, summary, authored_at)",
                where("mine") + "metric_points, line " + lineOf(json, "CAST(value AS real)") + ": column \"value\" is float4,"
                        + " which does not read as double precision (cast it: CAST(... AS double precision))"
                        + " (metric_points returns ts, service, metric, value, labels)",
                where("mine") + "log_records, line " + lineOf(json, "lvl AS attributes") + ": column \"lvl\" does not exist",
                where("mine") + "spans, line " + lineOf(json, "status AS state") + ": no column \"status\" (text);"
                        + " column \"state\" is not one of spans's (spans returns trace_id, span_id, parent_span_id, service,"
                        + " name, kind, start_time, end_time, status, attributes)");
    }

    @Test
    void theServersHintComesWithItsMessage() {
        String json = canonicalWith("hinted", Map.of(Relation.COMMITS,
                quoted("SELECT commit_sha, repo, author, mesage AS message, summary, authored_at FROM commits")));
        SourceProfile hinted = new SourceProfiles(folder).load(ProfileFiles.write(folder, "hinted", json).toString());

        assertThat(PostgresSources.check(PG.target(), hinted).messages()).singleElement().asString()
                .contains("commits, line " + lineOf(json, "mesage") + ": column \"mesage\" does not exist (hint: Perhaps you meant");
    }

    @Test
    void aBrokenProfileIsNotOpenedAndEveryProblemIsSaid() {
        String json = canonicalWith("broken", Map.of(
                Relation.TOPOLOGY_EDGES, quoted("SELECT src, dst, relation FROM topology_edges"),
                Relation.KB_DOCUMENTS, quoted("SELECT * FROM kb_documents_v2")));
        SourceProfile broken = new SourceProfiles(folder).load(ProfileFiles.write(folder, "broken", json).toString());

        assertThatThrownBy(() -> PostgresSources.open(PG.target(), broken)).isInstanceOf(ProfileException.class)
                .hasMessage(where("broken") + "topology_edges, line " + lineOf(json, "relation FROM topology_edges")
                        + ": no column \"source\" (text) (topology_edges returns src, dst, relation, source)\n"
                        + where("broken") + "kb_documents, line " + lineOf(json, "kb_documents_v2")
                        + ": relation \"kb_documents_v2\" does not exist");
    }

    @Test
    void aSessionStatementThatFailsIsReportedAtItsLine() {
        String json = canonicalWith("session", Map.of()).replace("\"relations\"",
                "\"session\": [\n    \"SET search_path = public\",\n    \"SET no_such_setting = 1\"\n  ],\n  \"relations\"");
        SourceProfile p = new SourceProfiles(folder).load(ProfileFiles.write(folder, "session", json).toString());

        assertThat(PostgresSources.check(PG.target(), p).messages()).containsExactly(where("session") + "session, line "
                + lineOf(json, "no_such_setting") + ": unrecognized configuration parameter \"no_such_setting\"");
    }

    @Test
    void aTemplateNeedingAnExtensionTheServerLacksFitsNowhere() {
        SourceProfile graphOnly = profile("graph", Map.of(Relation.TOPOLOGY_EDGES,
                "[{\"requires\": [\"age\"], \"sql\": \"SELECT src, dst, relation, source FROM topology_edges\"}]"));

        List<ProfileProblem> problems = PostgresSources.check(PG.target(), graphOnly).problems();

        assertThat(problems).extracting(ProfileProblem::part).containsExactly("topology_edges");
        assertThat(problems.get(0).message()).startsWith("no template fits this server: each needs an extension it lacks"
                + " (installed: plpgsql");
    }

    @Test
    void theSeedLayoutOnTheCanonicalSchemaNamesTheTablesItMisses() {
        ProfileCheck check = PostgresSources.check(PG.target(), new SourceProfiles(folder).load(SourceProfiles.SEED_LAYOUT));

        assertThat(check.problems()).extracting(ProfileProblem::part, ProfileProblem::message).containsExactly(
                tuple("topology_edges", "relation \"topology_links\" does not exist"),
                tuple("metric_descriptors", "relation \"metrics\" does not exist"),
                tuple("metric_points", "relation \"metrics\" does not exist"),
                tuple("log_records", "relation \"logs\" does not exist"),
                tuple("spans", "relation \"traces\" does not exist"),
                tuple("kb_documents", "relation \"kb_docs\" does not exist"),
                tuple("kb_embeddings", "relation \"kb_docs\" does not exist"));
    }

    @Test
    void aDatabaseWithNoneOfTheTablesSaysHowToGetOne() throws Exception {
        try (Connection c = PG.admin()) {
            LiveScenario.execute(c, "CREATE DATABASE nothing_here");
        }
        PostgresTarget empty = PostgresTarget.of("localhost", PG.port(), "nothing_here", LiveScenario.READER, LiveScenario.PASSWORD);

        assertThat(PostgresSources.check(empty, SourceProfiles.canonical()).messages()).containsExactly(
                "profile \"canonical\" (built-in): none of the tables it reads exist in this database, so "
                        + PostgresErrors.NO_SCHEMA);
    }

    @Test
    void aProfileSourceSaysWhichProfileItReadsThrough() {
        SourceProfile same = profile("same", Map.of());
        try (PostgresIncidentSource source = PostgresSources.open(PG.target(), same)) {
            assertThat(source.info().writerVersion()).isEqualTo("source profile \"same\"");
            assertThat(source.info().origin()).isEqualTo(folder.resolve("same.json").toString());
            assertThat(source.services(Cancellation.none())).isEqualTo(PG.duck().services(Cancellation.none()));
        }
    }
}
