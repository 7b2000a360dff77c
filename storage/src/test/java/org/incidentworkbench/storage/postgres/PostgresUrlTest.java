package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void readsEveryPartOfAFullUrl() {
        PostgresTarget t = PostgresUrl.parse(
                "postgresql://ana:p%40ss%3Aw@db.example.org:6543/incidents?sslmode=verify-full&sslrootcert=/etc/ca.pem", Map.of());
        assertThat(t.host()).isEqualTo("db.example.org");
        assertThat(t.port()).isEqualTo(6543);
        assertThat(t.database()).isEqualTo("incidents");
        assertThat(t.user()).isEqualTo("ana");
        assertThat(t.password()).isEqualTo("p@ss:w");
        assertThat(t.sslMode()).isEqualTo(TlsMode.VERIFY_FULL);
        assertThat(t.sslRootCert()).isEqualTo("/etc/ca.pem");
    }

    @Test
    void defaultsFollowLibpq() {
        PostgresTarget t = PostgresUrl.parse("postgres://ana@localhost", Map.of());
        assertThat(t.port()).isEqualTo(5432);
        assertThat(t.database()).isEqualTo("ana");
        assertThat(t.password()).isNull();
        assertThat(t.sslMode()).isEqualTo(TlsMode.PREFER);
    }

    @Test
    void thePasswordComesFromTheEnvironmentWhenTheUrlHasNone() {
        PostgresTarget t = PostgresUrl.parse("postgresql://localhost/db", Map.of("PGUSER", "bob", "PGPASSWORD", "pw"));
        assertThat(t.user()).isEqualTo("bob");
        assertThat(t.password()).isEqualTo("pw");
    }

    @Test
    void anIpv6HostLosesItsBrackets() {
        assertThat(PostgresUrl.parse("postgresql://u@[::1]:5433/db", Map.of()).host()).isEqualTo("::1");
    }

    @Test
    void badUrlsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://u@h/db", Map.of()))
                .hasMessageContaining("must start with postgresql://");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql:///db", Map.of())).hasMessageContaining("names no host");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u@h/db?sslmode=sometimes", Map.of()))
                .hasMessageContaining("unknown TLS mode \"sometimes\"");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u@h/db?options=-c%20x", Map.of()))
                .hasMessageContaining("unknown option \"options\"");
    }
}
