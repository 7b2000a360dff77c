package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.incidentworkbench.analysis.topology.TopologyEdge;
import org.incidentworkbench.storage.duckdb.TestScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Detection of pgvector and Apache AGE on a server that has them (PGlite), and what a source
 * profile mapping topology onto an AGE graph can rely on: a read-only transaction may load AGE and
 * match the graph, and cannot change it. AGE's operators resolve only with {@code ag_catalog} on the
 * search path, so a read sets it for its own transaction.
 */
class ApacheAgeTest {

    @RegisterExtension
    static final PgliteServer PGLITE = new PgliteServer();
    static final String GRAPH = "topology";
    static final String MATCH_EDGES = "SELECT src::text, relation::text, dst::text FROM cypher('" + GRAPH + "', $$"
            + " MATCH (a:Service)-[r]->(b:Service) RETURN a.name, type(r), b.name $$) AS (src agtype, relation agtype, dst agtype)";

    static List<TopologyEdge> edges;

    /** The scenario's topology as Service vertices of an AGE graph, created once per server (the graph may hold other labels). */
    @BeforeAll
    static void graph() throws SQLException {
        edges = TestScenario.generate(LiveScenario.SEED).edges;
        try (Connection c = PGLITE.admin()) {
            c.setAutoCommit(false);
            LiveScenario.execute(c, "LOAD 'age'");
            LiveScenario.execute(c, "SET LOCAL search_path = ag_catalog, public");
            if (rows(c, "SELECT name FROM ag_graph WHERE name = '" + GRAPH + "'").isEmpty()) {
                LiveScenario.execute(c, "SELECT create_graph('" + GRAPH + "')");
            } else if (!rows(c, "SELECT name FROM ag_label WHERE name = 'Service'").isEmpty()) {
                c.rollback();
                return;
            }
            for (TopologyEdge e : edges) {
                // Names are the scenario's constants; AGE takes no bind parameters outside prepared statements.
                LiveScenario.execute(c, "SELECT * FROM cypher('" + GRAPH + "', $$ MERGE (a:Service {name: '" + e.source()
                        + "'}) MERGE (b:Service {name: '" + e.target() + "'}) CREATE (a)-[:" + e.relation()
                        + "]->(b) $$) AS (v agtype)");
            }
            c.commit();
        }
    }

    @Test
    void detectsTheServerVersionPgvectorAndAge() throws SQLException {
        ServerCapabilities caps = PostgresSources.capabilities(PGLITE.target());
        String version;
        try (Connection c = PGLITE.admin()) {
            version = rows(c, "SHOW server_version").get(0);
        }
        assertThat(caps.version()).isEqualTo(version).startsWith("18.");
        assertThat(caps.versionNumber()).isBetween(180000, 189999);
        assertThat(caps.pgvector()).isTrue();
        assertThat(caps.age()).isTrue();
        assertThat(caps.timescale()).isFalse();
        assertThat(caps.describe()).isEqualTo("PostgreSQL " + version + " · no TimescaleDB · pgvector "
                + caps.installed().get("vector") + " · Apache AGE " + caps.installed().get("age") + " · not encrypted");
    }

    @Test
    void aReadOnlyTransactionLoadsAgeAndMatchesTheGraph() throws SQLException {
        List<String> expected = new ArrayList<>();
        for (TopologyEdge e : edges) {
            expected.add(e.source() + " " + e.relation() + " " + e.target());
        }
        try (Connection c = PGLITE.target().openSession()) {
            c.setAutoCommit(false);
            assertThat(rows(c, "SHOW transaction_read_only")).containsExactly("on");
            LiveScenario.execute(c, "LOAD 'age'");
            LiveScenario.execute(c, "SET LOCAL search_path = ag_catalog, public");
            assertThat(rows(c, MATCH_EDGES)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aReadOnlyTransactionCannotChangeTheGraph() throws SQLException {
        try (Connection c = PGLITE.target().openSession()) {
            c.setAutoCommit(false);
            LiveScenario.execute(c, "LOAD 'age'");
            LiveScenario.execute(c, "SET LOCAL search_path = ag_catalog, public");
            assertThatThrownBy(() -> LiveScenario.execute(c, "SELECT * FROM cypher('" + GRAPH + "',"
                    + " $$ CREATE (:Service {name: 'intruder'}) $$) AS (v agtype)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
        }
    }

    /** Each row's columns joined by spaces. */
    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(String.join(" ", row));
            }
        }
        return out;
    }
}
