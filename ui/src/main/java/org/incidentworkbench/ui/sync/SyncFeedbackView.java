package org.incidentworkbench.ui.sync;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.ui.prompt.PromptCards;

/** "Sync feedback" as a card over the workspace: the connection to push to, Sync, and what came of it. */
public final class SyncFeedbackView extends StackPane {

    private static final double WIDTH = 560;

    public SyncFeedbackView(SyncFeedbackViewModel model) {
        setId("sync-feedback");
        getStyleClass().add("prompt-scrim");
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
        getChildren().add(card(model));
    }

    private static Node card(SyncFeedbackViewModel model) {
        Label intro = PromptCards.text("Pushes this snapshot's notes and decisions, and those recorded for it on this machine,"
                + " to a PostgreSQL database. Events it already holds are left as they are; running it again is safe.");
        intro.getStyleClass().add("muted");
        ComboBox<SavedConnection> target = new ComboBox<>(model.connections());
        target.setId("sync-target");
        target.setMaxWidth(Double.MAX_VALUE);
        target.setCellFactory(list -> connectionCell());
        target.setButtonCell(connectionCell());
        target.valueProperty().bindBidirectional(model.targetProperty());
        target.disableProperty().bind(model.busyProperty());
        GridPane form = PromptCards.form();
        PromptCards.addRow(form, "Database", target);
        Label none = PromptCards.text("No saved connections yet. Save one with Connect to database… on the start page, then"
                + " sync from here.");
        none.setId("sync-no-connections");
        showWhen(none, Bindings.isEmpty(model.connections()));

        ProgressBar pushing = new ProgressBar();
        pushing.setId("sync-busy");
        pushing.setMaxWidth(Double.MAX_VALUE);
        showWhen(pushing, model.busyProperty());

        GridPane result = PromptCards.form();
        result.setId("sync-result");
        PromptCards.addRow(result, "Pushed", figure("sync-pushed", model, SyncReport::pushed));
        PromptCards.addRow(result, "Already present", figure("sync-present", model, SyncReport::alreadyPresent));
        PromptCards.addRow(result, "Quarantined", figure("sync-quarantined", model, SyncReport::quarantined));
        showWhen(result, model.reportProperty().isNotNull());
        Label upToDate = PromptCards.text("Nothing new to push: every event of this snapshot had reached this database"
                + " already.");
        upToDate.setId("sync-up-to-date");
        upToDate.getStyleClass().add("muted");
        showWhen(upToDate, model.reportProperty().map(SyncReport::nothingToPush).orElse(false));
        Label quarantine = PromptCards.text("Quarantined events are held there with other content: they were left as they are"
                + " there and are kept on this machine.");
        quarantine.getStyleClass().add("muted");
        showWhen(quarantine, model.reportProperty().map(r -> r.quarantined() > 0).orElse(false));

        Label failure = PromptCards.text("");
        failure.setId("sync-failure");
        failure.getStyleClass().add("form-error");
        failure.textProperty().bind(model.failureProperty());
        showWhen(failure, model.failureProperty().isNotEmpty());

        Button close = new Button("Close");
        close.setId("sync-close");
        close.setCancelButton(true);
        close.setOnAction(e -> model.close());
        Button sync = new Button("Sync");
        sync.setId("sync-start");
        sync.setDefaultButton(true);
        sync.disableProperty().bind(model.canSyncProperty().not());
        sync.setOnAction(e -> model.sync());
        return PromptCards.card(WIDTH, PromptCards.heading("Sync feedback"), intro, form, none, pushing, result,
                upToDate, quarantine, failure, PromptCards.buttons(close, sync));
    }

    private static Label figure(String id, SyncFeedbackViewModel model, Function<SyncReport, Integer> value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(model.reportProperty().map(r -> Integer.toString(value.apply(r))));
        return label;
    }

    private static ListCell<SavedConnection> connectionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SavedConnection item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " · " + item.settings().login());
            }
        };
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
