package org.incidentworkbench.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.incidentworkbench.ui.connect.LockIcon;
import org.incidentworkbench.ui.tasks.RunningTask;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The bottom of the window: the open source (with a warning when a live one is not encrypted), the
 * background tasks with progress and cancel, the time zone (UTC or local, for every view at once)
 * and the theme.
 */
final class StatusBar extends HBox {

    private final HBox taskBox = new HBox(12);

    StatusBar(ShellViewModel shell) {
        Label source = new Label();
        source.setId("status-source");
        source.getStyleClass().add("muted");
        source.textProperty().bind(shell.sourceProperty().map(OpenedSource::description).orElse("No source open"));
        Node unencrypted = unencrypted();
        unencrypted.visibleProperty().bind(shell.sourceProperty().map(s -> !s.encrypted()).orElse(false));
        unencrypted.managedProperty().bind(unencrypted.visibleProperty());

        taskBox.setAlignment(Pos.CENTER_LEFT);
        shell.tasks().active().addListener((ListChangeListener<RunningTask>) c -> showTasks(shell));

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.textProperty().bind(shell.themeProperty().map(t -> t.other().label() + " theme"));
        theme.setOnAction(e -> shell.themeProperty().set(shell.themeProperty().get().other()));
        getChildren().addAll(source, unencrypted, taskBox, spacer, zoneToggle(shell.timeZone()), theme);
        getStyleClass().add("status-bar");
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
    }

    private static Node unencrypted() {
        HBox box = new HBox(6, LockIcon.open(), new Label("not encrypted"));
        box.setId("status-unencrypted");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("unencrypted");
        Tooltip.install(box, new Tooltip("The session with this database is not TLS-encrypted: queries and results cross"
                + " the network as plain text. Choose TLS mode require or verify-full to refuse plain sessions."));
        return box;
    }

    private static Node zoneToggle(TimeZoneSetting zone) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton utc = new ToggleButton("UTC");
        utc.setId("zone-utc");
        ToggleButton local = new ToggleButton("Local (" + zone.localLabel() + ")");
        local.setId("zone-local");
        utc.setToggleGroup(group);
        local.setToggleGroup(group);
        Runnable sync = () -> group.selectToggle(zone.isUtc() ? utc : local);
        sync.run();
        zone.zoneProperty().addListener((o, was, now) -> sync.run());
        utc.setOnAction(e -> zone.useUtc());
        local.setOnAction(e -> zone.useLocal());
        // A toggle group lets the user unselect both; the zone stays what it was.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                sync.run();
            }
        });
        HBox box = new HBox(utc, local);
        box.getStyleClass().add("segmented");
        return box;
    }

    private void showTasks(ShellViewModel shell) {
        taskBox.getChildren().setAll(shell.tasks().active().stream().map(StatusBar::taskNode).toList());
    }

    private static Node taskNode(RunningTask task) {
        Label title = new Label(task.title());
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.textProperty().bind(task.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small", "task-cancel");
        cancel.setOnAction(e -> task.cancel());
        HBox box = new HBox(6, title, bar, message, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
