package org.incidentworkbench.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.tasks.SameThreadTaskRunner;
import org.incidentworkbench.ui.testing.Screenshots;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** The Notes section headless: typing a note and saving it with Ctrl+Enter or the button, light and dark, and the empty state. */
class NotesSectionViewTest extends ApplicationTest {

    @TempDir
    static Path dir;
    private NotesFixture fixture;
    private StackPane root;
    private final TimeZoneSetting zone = new TimeZoneSetting(ZoneId.of("Europe/Berlin"));

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new NotesFixture(Files.createTempDirectory(dir, "notes"));
        zone.useLocal();
        root = new StackPane();
        stage.setScene(new Scene(root, 860, 640));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        fixture.close();
    }

    @Test
    void notesAreAddedWithCtrlEnterAndTheButtonAndShownNewestFirstAsPending() {
        show(new NotesSection(fixture.context(new SameThreadTaskRunner(new Problems(Clock.systemUTC())), zone),
                fixture.events));
        int before = lookup("#notes-timeline").queryAs(javafx.scene.layout.VBox.class).getChildren().size();

        clickOn("#note-text").write("Connection pool exhausted on payments-db from 14:03.");
        press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        clickOn("#note-text").write("Ruled out the CDN: its error rate is flat.");
        clickOn("#add-note");

        assertThat(lookup("#note-text").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(lookup("#notes-timeline").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(before + 2);
        assertThat(lookup("Ruled out the CDN: its error rate is flat.").tryQuery()).isPresent();
        assertThat(lookup("#notes-pending").queryAs(Label.class).getText()).isEqualTo("2 pending");
        assertThat(lookup("#retry-delivery").tryQuery()).isEmpty();
        Screenshots.save(root, "notes-timeline-light");

        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        Screenshots.save(root, "notes-timeline-dark");
    }

    @Test
    void anIncidentWithoutFeedbackSaysSo() {
        show(new NotesSection(fixture.context(fixture.withoutFeedback(),
                new SameThreadTaskRunner(new Problems(Clock.systemUTC())), zone), fixture.events));

        assertThat(lookup("#notes-empty").queryAs(Label.class).isVisible()).isTrue();
        assertThat(lookup("#notes-pending").queryAs(Label.class).getParent().isVisible()).isFalse();
        Screenshots.save(root, "notes-empty-light");
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        Screenshots.save(root, "notes-empty-dark");
    }

    private void show(NotesSection section) {
        interact(() -> root.getChildren().setAll(section.node()));
    }
}
