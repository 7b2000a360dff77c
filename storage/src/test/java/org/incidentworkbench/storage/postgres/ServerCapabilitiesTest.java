package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Detection on a real server: embedded PostgreSQL has plain extensions only and no TLS. */
class ServerCapabilitiesTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();

    @Test
    void detectsTheVersionTheExtensionsAndThatTheSessionIsPlain() throws Exception {
        ServerCapabilities caps;
        try (var source = PostgresSources.open(PG.target())) {
            caps = source.capabilities();
        }
        String serverVersion;
        try (var admin = PG.admin(); var rs = admin.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            serverVersion = rs.getString(1);
        }
        assertThat(caps.version()).isEqualTo(serverVersion);
        assertThat(caps.versionNumber()).isGreaterThanOrEqualTo(100000);
        assertThat(caps.installed()).containsKey("plpgsql");
        assertThat(caps.available()).contains("pg_trgm").doesNotContain("plpgsql");
        assertThat(caps.timescale()).isFalse();
        assertThat(caps.pgvector()).isFalse();
        assertThat(caps.encrypted()).isFalse();
        assertThat(caps.describe()).isEqualTo("PostgreSQL " + serverVersion
                + " · no TimescaleDB · no pgvector · no Apache AGE · not encrypted");
    }
}
