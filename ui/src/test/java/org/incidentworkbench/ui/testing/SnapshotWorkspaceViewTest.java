package org.incidentworkbench.ui.testing;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.incidentworkbench.storage.feedback.FeedbackOutbox;
import org.incidentworkbench.ui.export.TargetChooser;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.shell.WorkspaceTools;
import org.incidentworkbench.ui.tasks.FxTaskRunner;
import org.incidentworkbench.ui.workspace.WorkspaceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless view tests of a snapshot's workspace and the cards over it, with the app's styles and
 * real task threads: {@link #open} shows a {@link SnapshotWorkspace} under {@link #dir}, closed
 * after each test.
 */
public abstract class SnapshotWorkspaceViewTest extends ApplicationTest {

    private static final String WORKBENCH_CSS = WorkspaceView.class.getResource("/org/incidentworkbench/ui/shell/workbench.css")
            .toExternalForm();

    @TempDir
    protected Path dir;

    protected final Problems problems = new Problems(Clock.systemUTC());
    protected final StackPane root = new StackPane();
    protected SnapshotWorkspace workspace;
    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner(problems);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(WORKBENCH_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeAll() {
        closeWorkspace();
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        tasks.close();
    }

    /** Shows the workspace of a fresh copy of the sample, its actions over the tools built on its outbox. */
    protected void open(Function<FeedbackOutbox, WorkspaceTools> tools, TargetChooser chooser) {
        open(UiSample.file(), tools, chooser);
    }

    /**
     * Closes the workspace shown, if any, as the shell does, and shows one on a copy of {@code snapshot}
     * with a state file of its own, as on another machine.
     */
    protected void open(Path snapshot, Function<FeedbackOutbox, WorkspaceTools> tools, TargetChooser chooser) {
        closeWorkspace();
        try {
            workspace = new SnapshotWorkspace(snapshot, Files.createTempDirectory(dir, "machine"), tasks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        interact(() -> root.getChildren().setAll(workspace.open(tools.apply(workspace.outbox), chooser)));
    }

    private void closeWorkspace() {
        if (workspace != null) {
            interact(() -> workspace.model().close());
            workspace.close();
            workspace = null;
        }
    }

    protected String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** Saves the window as it is now in the light theme and in the dark one. */
    protected void screenshots(String name) {
        Screenshots.save(root, name + "-light");
        interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        Screenshots.save(root, name + "-dark");
        interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    protected static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the view did not settle in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
