package org.incidentworkbench.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.incidentworkbench.analysis.connections.Extension;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.analysis.connections.TlsMode;
import org.incidentworkbench.analysis.state.AppStateStore;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.Page;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.tasks.DeferredTaskRunner;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.tasks.TaskRunner;
import org.incidentworkbench.ui.testing.FakeDatabase;
import org.incidentworkbench.ui.testing.FreshStateStore;
import org.incidentworkbench.ui.testing.MemoryFeedback;
import org.incidentworkbench.ui.testing.RecordingSection;
import org.incidentworkbench.ui.testing.StorageTools;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection form driven through the shell, without a toolkit, against a stand-in server. */
class ConnectionFormViewModelTest {

    private final Problems problems = new Problems(Clock.systemUTC());
    private final AppStateStore state = FreshStateStore.open();
    private final FakeDatabase database = new FakeDatabase();
    private final ShellViewModel shell = shell(new SameThreadTaskRunner(problems));
    private ConnectionFormViewModel form;

    @BeforeEach
    void openTheForm() {
        shell.newConnection();
        form = shell.connectionFormProperty().get();
        form.hostProperty().set(FakeDatabase.HOST);
        form.databaseProperty().set(FakeDatabase.DATABASE);
        form.userProperty().set("reader");
    }

    @AfterEach
    void close() {
        shell.closeSource();
        state.close();
    }

    @Test
    void aNewFormHasTheDefaultPortTlsModeAndProfile() {
        shell.newConnection();
        ConnectionFormViewModel fresh = shell.connectionFormProperty().get();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.CONNECT);
        assertThat(fresh.portProperty().get()).isEqualTo("5432");
        assertThat(fresh.tlsModeProperty().get()).isEqualTo(TlsMode.PREFER);
        assertThat(fresh.profileProperty().get()).isEqualTo("canonical");
        assertThat(fresh.certificateUsedProperty().get()).isFalse();
        fresh.tlsModeProperty().set(TlsMode.VERIFY_FULL);
        assertThat(fresh.certificateUsedProperty().get()).isTrue();
    }

    @Test
    void aTestAsksForThePasswordOnlyWhenRefusedThenShowsWhatTheServerIs() {
        form.test();
        PasswordRequest first = prompt();
        assertThat(first.login()).isEqualTo("reader@db.example.org:5432/incidents");
        assertThat(first.reason()).isEmpty();
        assertThat(form.busyProperty().get()).isTrue();

        first.answer().accept(new Password("guess"));
        assertThat(prompt().reason()).contains("wrong user or password");
        prompt().answer().accept(new Password(FakeDatabase.PASSWORD));

        assertThat(prompt()).isNull();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.checkProperty().get().serverVersion()).isEqualTo("PostgreSQL 16.4");
        assertThat(form.checkProperty().get().has(Extension.TIMESCALEDB)).isTrue();
        assertThat(form.checkProperty().get().profile().fits()).isTrue();
        assertThat(database.attempts).containsExactly("none", "guess", FakeDatabase.PASSWORD);
    }

    @Test
    void connectingAfterATestUsesTheSessionsPasswordAndListsTheIncidents() {
        form.test();
        prompt().answer().accept(new Password(FakeDatabase.PASSWORD));

        form.connect();

        assertThat(prompt()).isNull();
        assertThat(database.attempts).containsExactly("none", FakeDatabase.PASSWORD, FakeDatabase.PASSWORD);
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(shell.incidentListProperty().get().rows()).isNotEmpty();
        assertThat(shell.sourceProperty().get().encrypted()).isFalse();
        assertThat(shell.sourceProperty().get().description())
                .isEqualTo("incidents on db.example.org · reader@db.example.org:5432/incidents · PostgreSQL 16.4");
    }

    @Test
    void eachFailureHasItsOwnMessageInTheFormAndTheBannerAndKeepsWhatWasTyped() {
        form.hostProperty().set("db.example.com");
        form.test();
        assertThat(form.errorProperty().get()).startsWith("Cannot reach PostgreSQL at db.example.com:5432");
        assertThat(problems.currentProperty().get().message()).isEqualTo(form.errorProperty().get());

        form.hostProperty().set(FakeDatabase.HOST);
        form.databaseProperty().set("incidnets");
        form.connect();
        prompt().answer().accept(new Password(FakeDatabase.PASSWORD));
        assertThat(form.errorProperty().get()).isEqualTo(
                "PostgreSQL at db.example.org:5432 has no database \"incidnets\". Check the database name.");

        form.databaseProperty().set(FakeDatabase.BARE);
        form.connect();
        prompt().answer().accept(new Password(FakeDatabase.PASSWORD));
        assertThat(form.errorProperty().get()).isEqualTo("db.example.org:5432/bare: " + FakeDatabase.NO_SCHEMA + ".");

        assertThat(shell.pageProperty().get()).isEqualTo(Page.CONNECT);
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.hostProperty().get()).isEqualTo(FakeDatabase.HOST);
        assertThat(form.databaseProperty().get()).isEqualTo(FakeDatabase.BARE);
        assertThat(form.userProperty().get()).isEqualTo("reader");
    }

    @Test
    void aProfileThatDoesNotFitIsReportedByTheTestNotAsAFailure() {
        form.databaseProperty().set(FakeDatabase.BARE);
        form.test();
        prompt().answer().accept(new Password(FakeDatabase.PASSWORD));

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.checkProperty().get().profile().problems()).containsExactly(
                "db.example.org:5432/bare: " + FakeDatabase.NO_SCHEMA + ".");
    }

    @Test
    void cancellingThePromptEndsTheAttemptWithTheServersRefusal() {
        form.connect();
        prompt().cancel().run();

        assertThat(prompt()).isNull();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(form.errorProperty().get()).contains("asks for the password of user \"reader\"");
        assertThat(shell.pageProperty().get()).isEqualTo(Page.CONNECT);
    }

    @Test
    void fieldsThatCannotMakeAConnectionAreRefusedBeforeAnyLogin() {
        form.portProperty().set("54x2");
        form.test();
        assertThat(form.errorProperty().get()).isEqualTo("The port must be a number from 1 to 65535.");

        form.portProperty().set("5432");
        form.userProperty().set(" ");
        form.save();
        assertThat(form.errorProperty().get()).isEqualTo("The connection needs a user.");
        assertThat(database.attempts).isEmpty();
        assertThat(shell.savedConnections().list()).isEmpty();
    }

    @Test
    void savingListsTheConnectionEditingRenamesItInPlaceAndDeletingForgetsIt() {
        form.nameProperty().set("prod");
        form.tlsModeProperty().set(TlsMode.VERIFY_FULL);
        form.rootCertificateProperty().set("/etc/ssl/root.crt");
        form.save();
        assertThat(form.noticeProperty().get()).isEqualTo("Saved as \"prod\".");
        SavedConnection prod = shell.savedConnections().list().getFirst();
        assertThat(prod.settings().rootCertificateFile()).hasValueSatisfying(p -> assertThat(p).hasToString("/etc/ssl/root.crt"));

        shell.editConnection(prod);
        ConnectionFormViewModel edit = shell.connectionFormProperty().get();
        assertThat(edit.tlsModeProperty().get()).isEqualTo(TlsMode.VERIFY_FULL);
        edit.nameProperty().set("production");
        edit.save();
        assertThat(shell.savedConnections().list()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(prod.id());
            assertThat(c.name()).isEqualTo("production");
        });
        assertThat(state.savedConnections()).extracting(SavedConnection::name).containsExactly("production");

        edit.delete();
        assertThat(shell.savedConnections().list()).isEmpty();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.START);
    }

    @Test
    void aSavedConnectionOpensWithOnePromptPerSessionAndReconnectsWithoutAsking() {
        form.nameProperty().set("prod");
        form.save();
        SavedConnection prod = shell.savedConnections().list().getFirst();
        shell.closeSource();

        shell.openConnection(prod);
        prompt().answer().accept(new Password(FakeDatabase.PASSWORD));
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        shell.closeSource();
        shell.openConnection(prod);

        assertThat(prompt()).isNull();
        assertThat(shell.pageProperty().get()).isEqualTo(Page.INCIDENTS);
        assertThat(database.attempts).containsExactly("none", FakeDatabase.PASSWORD, FakeDatabase.PASSWORD);
    }

    @Test
    void aTestCancelledFromTheStatusBarFreesTheFormAndSaysNothing() {
        DeferredTaskRunner tasks = new DeferredTaskRunner(problems);
        ShellViewModel deferred = shell(tasks);
        deferred.newConnection();
        ConnectionFormViewModel slow = deferred.connectionFormProperty().get();
        slow.hostProperty().set(FakeDatabase.HOST);
        slow.databaseProperty().set(FakeDatabase.DATABASE);
        slow.userProperty().set("reader");

        slow.test();
        assertThat(slow.busyProperty().get()).isTrue();
        tasks.active().getFirst().cancel();
        tasks.runAll();

        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(slow.errorProperty().get()).isEmpty();
        assertThat(deferred.logins().passwordRequestProperty().get()).isNull();
        assertThat(problems.currentProperty().get()).isNull();
    }

    private ShellViewModel shell(TaskRunner tasks) {
        return new ShellViewModel(file -> {
            throw new AssertionError("no snapshot is opened here");
        }, status -> {
            throw new AssertionError("no sample is opened here");
        }, database, state, tasks, new TimeZoneSetting(ZoneOffset.UTC),
                Map.of(Section.OVERVIEW, c -> new RecordingSection(null)), Clock.systemUTC(), new MemoryFeedback(),
                StorageTools.exportOnly());
    }

    private PasswordRequest prompt() {
        return shell.logins().passwordRequestProperty().get();
    }
}
