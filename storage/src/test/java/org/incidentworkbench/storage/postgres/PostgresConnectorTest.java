package org.incidentworkbench.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.incidentworkbench.analysis.connections.ConnectionCheck;
import org.incidentworkbench.analysis.connections.ConnectionSettings;
import org.incidentworkbench.analysis.connections.LiveSource;
import org.incidentworkbench.analysis.connections.LoginRefusedException;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.source.Cancellation;
import org.incidentworkbench.analysis.source.SourceException;
import org.incidentworkbench.storage.profiles.SourceProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresConnectorTest {

    @RegisterExtension
    static final LiveScenario PG = new LiveScenario();

    private static final Password PASSWORD = new Password(LiveScenario.PASSWORD);

    private static final SourceProfiles PROFILES = new SourceProfiles(Path.of("no-user-profiles"));

    private final PostgresConnector connector = new PostgresConnector(Map.of(), PROFILES);

    @Test
    void aTestReportsTheServerItsExtensionsThatTheCanonicalProfileFitsAndThatTheSessionIsPlain() {
        ConnectionCheck check = connector.test(settings(LiveScenario.DATABASE), PASSWORD);

        assertThat(check.serverVersion()).matches("PostgreSQL \\d+\\.\\d+.*");
        // The embedded server has none of TimescaleDB, pgvector and Apache AGE, and no TLS.
        assertThat(check.extensions()).isEmpty();
        assertThat(check.profile().profile()).isEqualTo(ConnectionSettings.CANONICAL_PROFILE);
        assertThat(check.profile().fits()).isTrue();
        assertThat(check.encrypted()).isFalse();
    }

    @Test
    void aDatabaseWithoutTheSchemaIsAProfileProblemOnTestAndRefusedOnOpen() throws Exception {
        try (Connection c = PG.admin()) {
            LiveScenario.execute(c, "CREATE DATABASE connector_bare");
        }
        ConnectionSettings bare = settings("connector_bare");

        ConnectionCheck check = connector.test(bare, PASSWORD);
        assertThat(check.profile().problems()).singleElement().asString().contains(PostgresErrors.NO_SCHEMA);
        assertThatThrownBy(() -> connector.open(bare, PASSWORD))
                .isInstanceOf(SourceException.class).hasMessageContaining(PostgresErrors.NO_SCHEMA);
    }

    @Test
    void anUnknownProfileIsNamed() {
        ConnectionSettings other = withProfile("nowhere");

        assertThat(connector.test(other, PASSWORD).profile().problems())
                .singleElement().asString().startsWith("There is no source profile \"nowhere\"");
        assertThatThrownBy(() -> connector.open(other, PASSWORD)).hasMessageStartingWith("There is no source profile \"nowhere\"");
    }

    @Test
    void aProfileThatDoesNotFitListsItsProblemsByRelationOnTestAndIsRefusedOnOpen() {
        ConnectionSettings seed = withProfile(SourceProfiles.SEED_LAYOUT);

        assertThat(connector.profiles()).startsWith(SourceProfiles.CANONICAL, SourceProfiles.SEED_LAYOUT);
        assertThat(connector.test(seed, PASSWORD).profile().problems())
                .isNotEmpty().allSatisfy(p -> assertThat(p).contains("profile \"seed-layout\""))
                .anySatisfy(p -> assertThat(p).contains("metric_points"));
        assertThatThrownBy(() -> connector.open(seed, PASSWORD)).isInstanceOf(SourceException.class)
                .hasMessageContaining("metric_points");
    }

    private static ConnectionSettings withProfile(String profile) {
        ConnectionSettings s = settings(LiveScenario.DATABASE);
        return new ConnectionSettings(s.name(), s.host(), s.port(), s.database(), s.user(), s.tlsMode(), null, profile);
    }

    @Test
    void withoutAPasswordPgpasswordIsUsedAndWithoutThatTheLoginIsRefused() {
        ConnectionSettings s = settings(LiveScenario.DATABASE);
        LiveSource live = new PostgresConnector(Map.of("PGPASSWORD", LiveScenario.PASSWORD), PROFILES).open(s, null);
        try {
            assertThat(live.source().incidents(Cancellation.none()))
                    .containsExactlyElementsOf(PG.duck().incidents(Cancellation.none()));
            assertThat(live.check().encrypted()).isFalse();
        } finally {
            live.source().close();
        }
        assertThatThrownBy(() -> connector.open(s, null)).isInstanceOf(LoginRefusedException.class);
        assertThatThrownBy(() -> connector.test(s, new Password("wrong"))).isInstanceOf(LoginRefusedException.class);
    }

    @Test
    void theTlsModeReachesTheSession() {
        ConnectionSettings s = settings(LiveScenario.DATABASE);
        ConnectionSettings require = new ConnectionSettings(s.name(), s.host(), s.port(), s.database(), s.user(),
                TlsMode.REQUIRE, null, s.profile());

        // This server offers no TLS (TlsTest checks a connector's test against one that does).
        assertThatThrownBy(() -> connector.test(require, PASSWORD))
                .hasMessageContaining("does not offer TLS, which TLS mode require needs");
    }

    private static ConnectionSettings settings(String database) {
        return new ConnectionSettings("test", "localhost", PG.port(), database, LiveScenario.READER, TlsMode.PREFER, null,
                ConnectionSettings.CANONICAL_PROFILE);
    }
}
