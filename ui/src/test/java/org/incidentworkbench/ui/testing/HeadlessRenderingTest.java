package org.incidentworkbench.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The headless toolkit renders text and saves a screenshot: every view test relies on it. */
class HeadlessRenderingTest extends ApplicationTest {

    private StackPane root;

    @Override
    public void start(Stage stage) {
        root = new StackPane(new Label("Incident Workbench"));
        stage.setScene(new Scene(root, 320, 120));
        stage.show();
    }

    @Test
    void aViewRendersHeadlessAndIsSavedAsAPicture() throws Exception {
        Path png = Screenshots.save(root, "headless-smoke");
        assertThat(Files.size(png)).isGreaterThan(500);
    }
}
