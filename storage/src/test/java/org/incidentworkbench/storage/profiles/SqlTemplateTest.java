package org.incidentworkbench.storage.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentworkbench.storage.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Named parameters are found in code only, and the text goes to PgJDBC with its meaning intact. */
class SqlTemplateTest {

    private static List<String> names(String sql) {
        return SqlTemplate.scan(sql).parameters().stream().map(SqlTemplate.Parameter::name).toList();
    }

    @Test
    void parametersInCodeAreFoundWithTheirOffsets() {
        String sql = "SELECT * FROM logs WHERE time >= :from AND time < :to";
        assertThat(SqlTemplate.scan(sql).parameters()).containsExactly(new SqlTemplate.Parameter("from", sql.indexOf(":from")),
                new SqlTemplate.Parameter("to", sql.indexOf(":to")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT ':from' AS a",
        "SELECT 'it''s :from' AS a",
        "SELECT E'it\\'s :from' AS a",
        "SELECT \":from\" FROM t",
        "SELECT \"a\"\":from\" FROM t",
        "SELECT 1 -- :from\n",
        "SELECT 1 /* :from /* nested :to */ still :from */",
        "SELECT * FROM cypher('g', $$ MATCH (a:resource)-[l:link]->(b:resource) RETURN a $$) AS (a agtype)",
        "SELECT $tag$ :from $$ :to $tag$",
        "SELECT CAST(x AS text), x::text, x :: text FROM t",
        "SELECT a[1:2] FROM t",
        "SELECT $1::text"})
    void nothingOutsideCodeNorACastIsAParameter(String sql) {
        assertThat(names(sql)).isEmpty();
    }

    @Test
    void codeAfterAQuotedOrCommentedPartIsScannedAgain() {
        assertThat(names("SELECT 'a' || E'\\\\' || $$x$$ /* c */ -- d\n FROM t WHERE ts >= :from AND x::int < :to"))
                .containsExactly("from", "to");
        assertThat(names("SELECT a$b$ FROM t WHERE ts >= :from AND c = $q$ :to $q$")).containsExactly("from");
    }

    @Test
    void aTrailingSemicolonIsDropped() {
        assertThat(SqlTemplate.scan("SELECT 1;  \n").text()).isEqualTo("SELECT 1");
    }

    @Test
    void questionMarkOperatorsAreDoubledForPgJdbcAndParametersBound() {
        SqlTemplate t = SqlTemplate.scan("SELECT * FROM m WHERE labels ? 'service' AND '?' <> x AND ts >= :from");
        Sql sql = Sql.of("");
        t.appendTo(sql, (s, name) -> s.add("<" + name + ">"));
        assertThat(sql.text()).isEqualTo("SELECT * FROM m WHERE labels ?? 'service' AND '?' <> x AND ts >= <from>");
    }

    @Test
    void aServerPositionMapsBackToTheTemplateThroughPrefixParametersAndDoubledMarks() {
        SqlTemplate t = SqlTemplate.scan("SELECT a FROM t WHERE l ? 'k' AND ts >= :from AND lvl = 1");
        SqlTemplate.Prepared p = t.prepared("SELECT * FROM (\n", "CAST(NULL AS TIMESTAMPTZ)", "\n) x");
        assertThat(p.jdbcText()).isEqualTo(
                "SELECT * FROM (\nSELECT a FROM t WHERE l ?? 'k' AND ts >= CAST(NULL AS TIMESTAMPTZ) AND lvl = 1\n) x");
        // The server sees one '?' where PgJDBC got two; its positions are 1-based.
        String server = p.jdbcText().replace("??", "?");
        assertThat(p.templateOffset(server.indexOf("lvl") + 1)).isEqualTo(t.text().indexOf("lvl"));
        assertThat(p.templateOffset(server.indexOf("CAST(NULL") + 5)).isEqualTo(t.text().indexOf(":from"));
        assertThat(p.templateOffset(server.indexOf("'k'") + 1)).isEqualTo(t.text().indexOf("'k'"));
        assertThat(p.templateOffset(1)).isEqualTo(-1);
        assertThat(p.templateOffset(0)).isEqualTo(-1);
    }
}
