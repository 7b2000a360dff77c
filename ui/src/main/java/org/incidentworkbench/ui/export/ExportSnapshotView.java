package org.incidentworkbench.ui.export;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.incidentworkbench.ui.prompt.PromptCards;

/**
 * "Export snapshot…" as a card over the workspace, one card per {@link ExportStage}: the options,
 * the progress with Cancel, the result, the failure. Hidden while the stage is closed.
 */
public final class ExportSnapshotView extends StackPane {

    private static final double WIDTH = 560;

    private final ExportSnapshotViewModel model;
    private final TargetChooser chooser;
    private final Map<ExportStage, Node> cards = new EnumMap<>(ExportStage.class);

    public ExportSnapshotView(ExportSnapshotViewModel model, TargetChooser chooser) {
        this.model = model;
        this.chooser = chooser;
        setId("export-snapshot");
        getStyleClass().add("prompt-scrim");
        cards.put(ExportStage.OPTIONS, options());
        cards.put(ExportStage.RUNNING, running());
        cards.put(ExportStage.DONE, done());
        cards.put(ExportStage.FAILED, failed());
        show(model.stageProperty().get());
        model.stageProperty().addListener((o, was, now) -> show(now));
    }

    /** Asks where to write, then shows the options; nothing happens when the user cancels the dialog. */
    public void chooseTarget() {
        chooser.choose(getScene() == null ? null : getScene().getWindow(), model.suggestedFileName())
                .ifPresent(model::chooseTarget);
    }

    private void show(ExportStage stage) {
        Node card = cards.get(stage);
        setVisible(card != null);
        setManaged(card != null);
        getChildren().setAll(card == null ? new StackPane() : card);
    }

    private Node options() {
        Label intro = PromptCards.text("Copies this incident and what reviewing it needs into a new snapshot file: its window"
                + " with a margin, a baseline period, the services around it and every related change, hypothesis,"
                + " note and document. The file appears only when complete.");
        intro.getStyleClass().add("muted");
        Label file = pathLabel("export-target");
        file.textProperty().bind(model.targetProperty().map(Path::toString));
        Button change = new Button("Change…");
        change.setId("export-change-file");
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.setOnAction(e -> chooseTarget());
        HBox fileRow = new HBox(8, file, change);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane form = PromptCards.form();
        PromptCards.addRow(form, "File", fileRow);
        PromptCards.addRow(form, "Margin", withUnit(spinner("export-margin", 0, 24 * 60, 5, model.marginMinutesProperty()),
                "minutes on each side of the incident window"));
        PromptCards.addRow(form, "Baseline", withUnit(spinner("export-baseline", 1, 24 * 90, 1,
                model.baselineHoursProperty()), "hours earlier, the same length"));
        PromptCards.addRow(form, "Services", withUnit(spinner("export-hops", 0, 10, 1, model.hopsProperty()),
                "topology hops around the incident's service"));
        Label notice = PromptCards.text("");
        notice.setId("export-notice");
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("export-close");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.close());
        Button export = new Button("Export");
        export.setId("export-start");
        export.setDefaultButton(true);
        export.setOnAction(e -> model.export());
        return PromptCards.card(WIDTH, PromptCards.heading("Export snapshot"), intro, form, notice,
                PromptCards.buttons(cancel, export));
    }

    private Node running() {
        Label file = pathLabel("export-running-target");
        file.textProperty().bind(model.targetProperty().map(p -> "Writing " + p));
        Label what = new Label();
        what.setId("export-progress-text");
        what.textProperty().bind(model.progressTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button();
        cancel.setId("export-cancel");
        cancel.textProperty().bind(model.cancellingProperty().map(c -> c ? "Cancelling…" : "Cancel"));
        cancel.disableProperty().bind(model.cancellingProperty());
        cancel.setOnAction(e -> model.cancel());
        return PromptCards.card(WIDTH, PromptCards.heading("Exporting snapshot"), file, what, bar,
                PromptCards.buttons(cancel));
    }

    private Node done() {
        // A field rather than a label: the path can be selected and copied.
        TextField file = new TextField();
        file.setId("export-result-file");
        file.setEditable(false);
        file.setFocusTraversable(false);
        Label size = new Label();
        size.setId("export-result-size");
        Label rows = new Label();
        rows.setId("export-result-rows");
        Label time = new Label();
        time.setId("export-result-time");
        model.summaryProperty().addListener((o, was, now) -> {
            if (now != null) {
                file.setText(now.file().toString());
                file.end();
                size.setText(ExportFigures.size(now.bytes()));
                rows.setText(ExportFigures.count(now.rows()));
                time.setText(ExportFigures.time(now.elapsed()));
            }
        });
        GridPane form = PromptCards.form();
        PromptCards.addRow(form, "Written to", file);
        PromptCards.addRow(form, "Size", size);
        PromptCards.addRow(form, "Rows", rows);
        PromptCards.addRow(form, "Time", time);
        Button close = closeButton("export-done-close");
        close.setDefaultButton(true);
        return PromptCards.card(WIDTH, PromptCards.heading("Snapshot exported"), form, PromptCards.buttons(close));
    }

    private Node failed() {
        Label message = PromptCards.text("");
        message.setId("export-failure");
        message.getStyleClass().add("form-error");
        message.textProperty().bind(model.failureProperty());
        Label unchanged = PromptCards.text("No file was written; the workspace is as it was.");
        unchanged.getStyleClass().add("muted");
        Button again = new Button("Choose another file…");
        again.setId("export-choose-again");
        again.setDefaultButton(true);
        again.setOnAction(e -> chooseTarget());
        return PromptCards.card(WIDTH, PromptCards.heading("Export failed"), message, unchanged,
                PromptCards.buttons(closeButton("export-failed-close"), again));
    }

    private Button closeButton(String id) {
        Button close = new Button("Close");
        close.setId(id);
        close.setCancelButton(true);
        close.setOnAction(e -> model.close());
        return close;
    }

    /** A whole number the user may type: digits only, and an emptied field keeps the value it had. */
    private static Spinner<Integer> spinner(String id, int min, int max, int step, ObjectProperty<Integer> value) {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(min, max, value.get(), step);
        factory.valueProperty().addListener((o, was, now) -> {
            if (now == null) {
                factory.setValue(was);
            }
        });
        factory.valueProperty().bindBidirectional(value);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(
                change -> change.getControlNewText().matches("\\d{0,5}") ? change : null));
        spinner.setPrefWidth(96);
        return spinner;
    }

    private static HBox withUnit(Spinner<Integer> spinner, String unit) {
        Label text = new Label(unit);
        text.getStyleClass().add("muted");
        HBox row = new HBox(8, spinner, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A path on one line: when it is too long, its start gives way, so the file name stays in sight. */
    private static Label pathLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        label.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.textProperty().bind(label.textProperty());
        label.setTooltip(full);
        return label;
    }
}
