package org.incidentworkbench.ui.shell;

import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.incidentworkbench.ui.connect.ConnectionFormView;
import org.incidentworkbench.ui.connect.PasswordPromptView;
import org.incidentworkbench.ui.incidents.IncidentListView;
import org.incidentworkbench.ui.problems.Problems;
import org.incidentworkbench.ui.start.StartView;
import org.incidentworkbench.ui.workspace.WorkspaceView;

/**
 * The main window's content: the problem banner on top, the page the shell shows (under the
 * password prompt while one waits), the status bar below. A file dropped anywhere on it is opened
 * as a snapshot.
 */
public final class MainWindow extends BorderPane {

    public static final String TITLE = "Incident Workbench";
    private static final ShellViewModel.WindowSize DEFAULT_SIZE = new ShellViewModel.WindowSize(1440, 900);
    private static final String STYLESHEET = MainWindow.class.getResource("workbench.css").toExternalForm();

    private final ShellViewModel shell;
    private final StackPane page = new StackPane();
    private final StartView start;

    public MainWindow(ShellViewModel shell, Problems problems) {
        this.shell = shell;
        this.start = new StartView(shell);
        setTop(new ProblemBanner(problems));
        PasswordPromptView prompt = new PasswordPromptView(shell.logins());
        // Disabled, the page behind the prompt takes neither clicks nor Tab focus.
        page.disableProperty().bind(prompt.visibleProperty());
        setCenter(new StackPane(page, prompt));
        setBottom(new StatusBar(shell));
        page.setId("page");
        showPage();
        shell.pageProperty().addListener((o, was, now) -> showPage());
        shell.themeProperty().get().apply();
        shell.themeProperty().addListener((o, was, now) -> now.apply());
        setOnDragOver(e -> {
            if (single(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            File file = single(e.getDragboard());
            if (file != null) {
                shell.openSnapshot(file.toPath());
            }
            e.setDropCompleted(file != null);
            e.consume();
        });
    }

    /** A scene for this window with the workbench's styles; the theme applies app-wide. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(this, width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /**
     * Shows the window at the size the user left it; on close it remembers the size, closes the
     * source and then runs {@code whenClosed}.
     */
    public void showIn(Stage stage, Runnable whenClosed) {
        ShellViewModel.WindowSize size = shell.windowSize().orElse(DEFAULT_SIZE);
        stage.setTitle(TITLE);
        stage.setScene(scene(size.width(), size.height()));
        stage.setOnHidden(e -> {
            shell.rememberWindowSize(new ShellViewModel.WindowSize(getWidth(), getHeight()));
            shell.closeSource();
            whenClosed.run();
        });
        stage.show();
    }

    private void showPage() {
        page.getChildren().setAll(switch (shell.pageProperty().get()) {
            case START -> start;
            case CONNECT -> new ConnectionFormView(shell.connectionFormProperty().get());
            case INCIDENTS -> new IncidentListView(shell.incidentListProperty().get(), shell.timeZone(), shell::closeSource);
            case WORKSPACE -> new WorkspaceView(shell.workspaceProperty().get(), shell::closeWorkspace);
        });
    }

    private static File single(Dragboard board) {
        List<File> files = board.hasFiles() ? board.getFiles() : List.of();
        return files.size() == 1 && files.get(0).isFile() ? files.get(0) : null;
    }
}
