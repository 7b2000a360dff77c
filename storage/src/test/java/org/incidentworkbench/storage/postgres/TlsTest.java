package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each TLS mode against a real PostgreSQL serving TLS with a certificate for {@code localhost},
 * signed by a certificate authority made for the test, and against one without TLS: what is
 * encrypted, and the plain message for each way TLS refuses a connection.
 */
class TlsTest {

    @RegisterExtension
    static final LiveScenario PLAIN = new LiveScenario();

    @TempDir
    static Path dir;
    static TestCertificates pki;
    static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        pki = TestCertificates.create(dir);
        server = EmbeddedPostgres.builder()
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", pki.serverCert().toString())
                .setServerConfig("ssl_key_file", pki.serverKey().toString())
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void preferEncryptsWhenTheServerOffersTls() {
        ServerCapabilities caps = PostgresSources.capabilities(tls("localhost", TlsMode.PREFER, null));
        assertThat(caps.encrypted()).isTrue();
        assertThat(caps.describe()).endsWith(" · TLS");
    }

    @Test
    void disableConnectsUnencrypted() {
        assertThat(PostgresSources.capabilities(tls("localhost", TlsMode.DISABLE, null)).encrypted()).isFalse();
    }

    @Test
    void verifyFullWithTheServersRootCertificateEncrypts() {
        assertThat(PostgresSources.capabilities(tls("localhost", TlsMode.VERIFY_FULL, pki.rootCert())).encrypted()).isTrue();
    }

    @Test
    void requireAgainstAServerWithoutTlsSaysSo() {
        PostgresTarget target = PLAIN.target().withTls(TlsMode.REQUIRE, null);
        assertThatThrownBy(() -> PostgresSources.capabilities(target))
                .isInstanceOf(SourceException.class)
                .hasMessage("PostgreSQL at localhost:" + PLAIN.port() + "/incidents does not offer TLS, which TLS mode"
                        + " require needs. Turn on ssl on the server, or choose TLS mode prefer to connect without encryption.");
    }

    @Test
    void verifyFullWithAnotherAuthoritysRootCertificateNamesIt() {
        assertThatThrownBy(() -> PostgresSources.capabilities(tls("localhost", TlsMode.VERIFY_FULL, pki.otherRootCert())))
                .isInstanceOf(SourceException.class)
                .hasMessage("The TLS certificate of PostgreSQL at localhost:" + server.getPort() + "/postgres is not"
                        + " signed by the root certificate " + pki.otherRootCert() + " (TLS mode verify-full). Choose the"
                        + " root certificate of the authority that signed the server's certificate.");
    }

    @Test
    void verifyFullByAnAddressTheCertificateDoesNotNameSaysSo() {
        assertThatThrownBy(() -> PostgresSources.capabilities(tls("127.0.0.1", TlsMode.VERIFY_FULL, pki.rootCert())))
                .isInstanceOf(SourceException.class)
                .hasMessage("The TLS certificate of PostgreSQL at 127.0.0.1:" + server.getPort() + "/postgres is not"
                        + " issued for the host name \"127.0.0.1\" (TLS mode verify-full). Connect by a name the"
                        + " certificate holds, or choose TLS mode verify-ca to check the certificate but not the name.");
        // What the message offers works.
        assertThat(PostgresSources.capabilities(tls("127.0.0.1", TlsMode.VERIFY_CA, pki.rootCert())).encrypted()).isTrue();
    }

    @Test
    void verifyFullWithoutTheRootCertificateFileNamesTheFile() {
        Path missing = dir.resolve("missing-root.crt");
        assertThatThrownBy(() -> PostgresSources.capabilities(tls("localhost", TlsMode.VERIFY_FULL, missing)))
                .isInstanceOf(SourceException.class)
                .hasMessage("TLS mode verify-full checks the server against a root certificate, but " + missing
                        + " does not exist. Choose the root certificate file of the server's certificate authority,"
                        + " or TLS mode require to encrypt without checking the server.");
    }

    @Test
    void theDesktopsConnectorChecksTheServerAgainstTheChosenRootCertificateAndReportsTheSessionEncrypted() {
        ConnectionSettings settings = new ConnectionSettings("tls", "localhost", server.getPort(), "postgres", "postgres",
                TlsMode.VERIFY_FULL, pki.rootCert(), ConnectionSettings.CANONICAL_PROFILE);
        assertThat(new PostgresConnector(Map.of(), new SourceProfiles(dir)).test(settings, null).encrypted()).isTrue();
    }

    private static PostgresTarget tls(String host, TlsMode mode, Path rootCert) {
        return PostgresTarget.of(host, server.getPort(), "postgres", "postgres", null)
                .withTls(mode, rootCert == null ? null : rootCert.toString());
    }
}
