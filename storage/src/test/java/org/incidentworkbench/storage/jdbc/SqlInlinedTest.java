package org.incidentworkbench.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A statement's values written into its text, for PostgreSQL's COPY, which takes no parameters. */
class SqlInlinedTest {

    @Test
    void eachPlaceholderTakesItsValueInOrder() {
        Sql sql = Sql.of("SELECT x FROM t WHERE a = ? AND b < ?", "one", 2L).add(" OR c = ?", 3L);

        assertThat(sql.inlined(v -> "<" + v + ">")).isEqualTo("SELECT x FROM t WHERE a = <one> AND b < <2> OR c = <3>");
    }

    @Test
    void aQuestionMarkInALiteralAnIdentifierOrACommentIsNoPlaceholder() {
        Sql sql = Sql.of("SELECT 'why?', 'it''s ?', \"odd?name\" -- a ? here\n FROM t /* and ? here */ WHERE a = ?", 1L);

        assertThat(sql.inlined(v -> "<" + v + ">")).isEqualTo(
                "SELECT 'why?', 'it''s ?', \"odd?name\" -- a ? here\n FROM t /* and ? here */ WHERE a = <1>");
    }

    @Test
    void aQuestionMarkInAnEscapeStringOrADollarQuotedStringIsNoPlaceholder() {
        Sql sql = Sql.of("SELECT E'it\\'s ?', $$why ?$$, $fn$ a ? b $fn$, price$1 FROM t WHERE a = ?", 1L);

        assertThat(sql.inlined(v -> "<" + v + ">")).isEqualTo(
                "SELECT E'it\\'s ?', $$why ?$$, $fn$ a ? b $fn$, price$1 FROM t WHERE a = <1>");
    }

    @Test
    void aDoubledQuestionMarkIsTheOperatorAsForTheDriver() {
        Sql sql = Sql.of("SELECT x FROM t WHERE labels ?? 'service' AND a = ?", 1L);

        assertThat(sql.inlined(v -> "<" + v + ">")).isEqualTo("SELECT x FROM t WHERE labels ? 'service' AND a = <1>");
    }

    @Test
    void placeholdersAndValuesMustPair() {
        assertThatThrownBy(() -> Sql.of("SELECT ?, ?", 1L).inlined(String::valueOf))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("more placeholders than values");
        assertThatThrownBy(() -> Sql.of("SELECT ?", 1L, 2L).inlined(String::valueOf))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fewer placeholders than values");
    }
}
