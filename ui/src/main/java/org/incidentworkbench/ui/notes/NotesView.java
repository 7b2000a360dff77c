package org.incidentworkbench.ui.notes;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.FailureNotice;

/**
 * The Notes section: the box to add a note on top (button or Ctrl+Enter), then the timeline,
 * newest first, each entry with its time in the chosen zone, actor, kind, text and whether it is
 * in the source yet. Re-renders when the zone changes.
 */
public final class NotesView extends BorderPane {

    private final NotesViewModel model;
    private final TimeZoneSetting timeZone;
    private final VBox entries = new VBox(8);

    public NotesView(NotesViewModel model, TimeZoneSetting timeZone) {
        this.model = model;
        this.timeZone = timeZone;
        getStylesheets().add(NotesView.class.getResource("notes.css").toExternalForm());
        getStyleClass().add("notes");
        setTop(new VBox(8, composer(), new FailureNotice(model.failures(), "notes-failure")));
        setCenter(timeline());
        model.rows().subscribe(this::render);
        timeZone.zoneProperty().subscribe(this::render);
    }

    private Node composer() {
        Label heading = new Label("Notes");
        heading.getStyleClass().add("section-heading");
        TextArea box = new TextArea();
        box.setId("note-text");
        box.setPromptText("Add a note: what you found, what you ruled out (Ctrl+Enter saves)");
        box.setWrapText(true);
        box.setPrefRowCount(3);
        box.textProperty().bindBidirectional(model.draftProperty());
        box.disableProperty().bind(model.savingProperty());
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.add();
                e.consume();
            }
        });
        Button add = new Button("Add note");
        add.setId("add-note");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.add());
        Label problem = new Label();
        problem.setId("note-problem");
        problem.getStyleClass().add("note-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.saveProblemProperty());
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(10, add, problem, delivery());
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, box, actions);
    }

    /** "2 pending" and, where delivery can be retried now, "Retry delivery"; hidden while nothing waits. */
    private Node delivery() {
        Label count = new Label();
        count.setId("notes-pending");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.format("%d pending", model.pendingProperty()));
        count.setTooltip(tooltip(model.pendingExplanation()));
        HBox box = new HBox(8, count);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        if (model.offersRetry()) {
            Button retry = new Button("Retry delivery");
            retry.setId("retry-delivery");
            retry.setOnAction(e -> model.retryDelivery());
            box.getChildren().add(retry);
        }
        box.visibleProperty().bind(model.pendingProperty().greaterThan(0));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node timeline() {
        entries.setId("notes-timeline");
        entries.setPadding(new Insets(4, 2, 4, 2));
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("notes-scroll");
        Label empty = new Label("No notes yet. Notes you add here are saved on this machine at once and written to"
                + " the source; everyone who opens this incident sees them.");
        empty.setId("notes-empty");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.rows())));
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        StackPane stack = new StackPane(scroll, empty);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        StackPane.setMargin(empty, new Insets(30, 0, 0, 0));
        BorderPane.setMargin(stack, new Insets(10, 0, 0, 0));
        return stack;
    }

    private void render() {
        entries.getChildren().setAll(model.rows().stream().map(this::entry).toList());
    }

    private Node entry(NoteRow row) {
        Label time = new Label(timeZone.dateTime(row.at()));
        time.getStyleClass().add("note-time");
        Label actor = new Label(row.actor());
        actor.getStyleClass().add("note-actor");
        Label kind = new Label(row.kind());
        kind.getStyleClass().addAll("note-badge", "note-kind");
        Label delivery = new Label(row.pending() ? "Pending" : "Saved to source");
        delivery.getStyleClass().addAll("note-badge", row.pending() ? "note-pending" : "note-saved");
        delivery.setTooltip(tooltip(row.pending() ? model.pendingExplanation()
                : "In the source's feedback, where everyone who opens this incident sees it."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox meta = new HBox(8, time, actor, kind, spacer, delivery);
        meta.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(row.text());
        text.getStyleClass().add("note-body");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, meta, text);
        card.getStyleClass().add("note-entry");
        return card;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }
}
