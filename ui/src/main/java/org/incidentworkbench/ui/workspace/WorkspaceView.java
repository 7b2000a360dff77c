package org.incidentworkbench.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.ui.export.ExportSnapshotView;
import org.incidentworkbench.ui.export.SaveDialog;
import org.incidentworkbench.ui.export.TargetChooser;
import org.incidentworkbench.ui.incidents.SeverityBadge;
import org.incidentworkbench.ui.sync.SyncFeedbackView;

/**
 * A workspace: its header with its own actions, the navigation of the sections it was given, and
 * the section shown; "Export snapshot…" and "Sync feedback" open as cards over it, which keep the
 * workspace disabled while they are up.
 */
public final class WorkspaceView extends StackPane {

    /** Ctrl+E (Cmd+E on macOS): "Export snapshot…". */
    static final KeyCombination EXPORT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final StackPane content = new StackPane();

    /** Asks for the export's file with the platform's save dialog. */
    public WorkspaceView(WorkspaceViewModel model, Runnable backToIncidents) {
        this(model, backToIncidents, new SaveDialog());
    }

    public WorkspaceView(WorkspaceViewModel model, Runnable backToIncidents, TargetChooser chooser) {
        ExportSnapshotView export = new ExportSnapshotView(model.export(), chooser);
        List<Node> overlays = new ArrayList<>(List.of(export));
        Button exportButton = new Button("Export snapshot…");
        exportButton.setId("export-snapshot-action");
        exportButton.setTooltip(new Tooltip("Write this incident into a new snapshot file for offline review ("
                + EXPORT_KEY.getDisplayText() + ")"));
        exportButton.setOnAction(e -> export.chooseTarget());
        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_RIGHT);
        model.sync().ifPresent(sync -> {
            Button syncButton = new Button("Sync feedback…");
            syncButton.setId("sync-feedback-action");
            syncButton.setTooltip(new Tooltip("Push this snapshot's notes and decisions to a PostgreSQL database"));
            syncButton.setOnAction(e -> sync.open());
            actions.getChildren().add(syncButton);
            overlays.add(new SyncFeedbackView(sync));
        });
        actions.getChildren().add(exportButton);

        BorderPane layout = new BorderPane();
        layout.setTop(header(model, backToIncidents, actions));
        layout.setLeft(navigation(model.sections()));
        content.setId("section-content");
        layout.setCenter(content);
        // Disabled under a card, the workspace takes neither clicks, Tab focus nor the shortcut.
        layout.disableProperty().bind(Bindings.createBooleanBinding(() -> overlays.stream().anyMatch(Node::isVisible),
                overlays.stream().map(Node::visibleProperty).toArray(Observable[]::new)));
        getChildren().add(layout);
        getChildren().addAll(overlays);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getAccelerators().remove(EXPORT_KEY);
            }
            if (now != null) {
                now.getAccelerators().put(EXPORT_KEY, exportButton::fire);
            }
        });
        showCurrent(model.sections());
        model.sections().selectedProperty().addListener((o, was, now) -> showCurrent(model.sections()));
    }

    private static Node header(WorkspaceViewModel model, Runnable backToIncidents, Node actions) {
        Button back = new Button("← Incidents");
        back.setId("back-to-incidents");
        back.setOnAction(e -> backToIncidents.run());
        Label title = new Label(model.title());
        title.setId("workspace-title");
        title.getStyleClass().add("workspace-title");
        title.setWrapText(true);
        Label service = new Label(model.service());
        service.getStyleClass().add("section-heading");
        Label status = new Label(model.status());
        status.getStyleClass().add("status-pill");
        Label window = new Label();
        window.setId("workspace-window");
        window.textProperty().bind(model.window());
        window.getStyleClass().add("muted");
        HBox facts = new HBox(10, SeverityBadge.of(model.incident().severity()), service, status, window);
        facts.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(6, title, facts);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(14, back, text, actions);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("workspace-header");
        return header;
    }

    private static Node navigation(WorkspaceSections sections) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        for (Section s : sections.available()) {
            ToggleButton button = new ToggleButton(s.title());
            button.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            // A long title ("What changed in the logs") takes two lines rather than an ellipsis.
            button.setWrapText(true);
            button.setSelected(s == sections.selectedProperty().get());
            button.setOnAction(e -> sections.show(s));
            sections.selectedProperty().addListener((o, was, now) -> button.setSelected(now == s));
            nav.getChildren().add(button);
        }
        nav.getStyleClass().add("workspace-nav");
        nav.setPadding(new Insets(10, 6, 10, 6));
        return nav;
    }

    private void showCurrent(WorkspaceSections sections) {
        SectionView current = sections.current();
        content.getChildren().setAll(current == null ? new Label("No sections") : current.node());
    }
}
