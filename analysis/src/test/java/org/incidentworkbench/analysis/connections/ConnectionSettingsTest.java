package org.incidentworkbench.analysis.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    @Test
    void fieldsAreTrimmedAndTheSourceIsNamedByAddressAndLogin() {
        ConnectionSettings s = new ConnectionSettings(" prod ", " db.example.org ", 5433, " incidents ", " reader ",
                TlsMode.PREFER, null, " canonical ");

        assertThat(s.name()).isEqualTo("prod");
        assertThat(s.address()).isEqualTo("db.example.org:5433/incidents");
        assertThat(s.login()).isEqualTo("reader@db.example.org:5433/incidents");
        assertThat(s.profile()).isEqualTo("canonical");
        assertThat(s.rootCertificateFile()).isEmpty();
        assertThat(new ConnectionSettings("n", "h", 5432, "d", "u", TlsMode.VERIFY_CA, Path.of("/etc/root.crt"),
                "canonical").rootCertificateFile()).hasValue(Path.of("/etc/root.crt"));
    }

    @Test
    void eachMissingFieldIsNamedInAPlainMessage() {
        assertThatThrownBy(() -> settings(" ", "db", 5432, "u")).hasMessage("The connection needs a host.");
        assertThatThrownBy(() -> settings("h", "", 5432, "u")).hasMessage("The connection needs a database.");
        assertThatThrownBy(() -> settings("h", "db", 5432, null)).hasMessage("The connection needs a user.");
        assertThatThrownBy(() -> settings("h", "db", 70_000, "u")).hasMessage("The port must be a number from 1 to 65535.");
    }

    @Test
    void tlsModesUseLibpqKeywordsAndOnlyTheVerifyingOnesNeedARootCertificate() {
        assertThat(TlsMode.VERIFY_FULL.keyword()).isEqualTo("verify-full");
        for (TlsMode m : TlsMode.values()) {
            assertThat(TlsMode.ofKeyword(m.keyword())).isEqualTo(m);
        }
        assertThat(TlsMode.values()).filteredOn(TlsMode::checksCertificate)
                .containsExactly(TlsMode.VERIFY_CA, TlsMode.VERIFY_FULL);
        assertThatThrownBy(() -> TlsMode.ofKeyword("sometimes")).hasMessageContaining("sometimes");
    }

    @Test
    void aPasswordNeverShowsInText() {
        Password p = new Password("s3cret");
        assertThat(p.toString()).doesNotContain("s3cret");
    }

    private static ConnectionSettings settings(String host, String database, int port, String user) {
        return new ConnectionSettings("name", host, port, database, user, TlsMode.PREFER, null, "canonical");
    }
}
