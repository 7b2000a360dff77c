package org.incidentworkbench.ui.templates;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.templates.TemplateActivity;

/**
 * The selected template's variables: for each {@code <*>}, the token it sits in, about how many
 * distinct values it took, and its most frequent values with their lines and share of the template's
 * lines (a bar shows the share, so one dominant value stands out).
 */
final class ParametersPane extends VBox {

    private final TemplatesViewModel vm;
    private final Label title = new Label();
    private final VBox list = new VBox(14);

    ParametersPane(TemplatesViewModel vm) {
        this.vm = vm;
        Label caption = new Label("Variables of the selected template");
        caption.getStyleClass().add("pane-caption");
        title.getStyleClass().add("muted");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("template-parameters");
        list.getStyleClass().add("parameter-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(caption, title, scroll);
        getStyleClass().add("parameters-pane");
        setMinWidth(320);
        vm.parameters().addListener((ListChangeListener<ParameterSummary>) c -> show());
        vm.selectedTemplateProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        TemplateActivity t = vm.selectedTemplateProperty().get();
        list.getChildren().clear();
        if (t == null) {
            title.setText("Select a template to see the values of its variables.");
        } else if (vm.parameters().isEmpty()) {
            title.setText("This template has no variables: every line of it reads the same.");
        } else {
            title.setText(TemplateNumbers.count(t.template().count()) + " lines in both windows; shares are of those.");
            vm.parameters().forEach(p -> list.getChildren().add(parameter(p)));
        }
    }

    private Node parameter(ParameterSummary p) {
        Label ordinal = new Label(p.number() + ".");
        ordinal.getStyleClass().add("parameter-number");
        ordinal.setMinWidth(Region.USE_PREF_SIZE);
        TemplateText heading = new TemplateText(p.token());
        Label distinct = new Label("≈ " + TemplateNumbers.count(p.distinct()) + " distinct");
        distinct.getStyleClass().add("muted");
        distinct.setMinWidth(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("parameter-values");
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setMinWidth(60);
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        number.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints(64);
        grid.getColumnConstraints().addAll(value, number, number, bar);
        int row = 0;
        for (ParameterSummary.ValueShare v : p.values()) {
            Label text = new Label(v.value());
            text.getStyleClass().add("mono");
            text.setTooltip(new Tooltip(v.value()));
            Label count = new Label((v.approximate() ? "≤ " : "") + TemplateNumbers.count(v.count()));
            count.getStyleClass().add("number");
            if (v.approximate()) {
                count.setTooltip(new Tooltip("An upper bound: this position took too many values to count each exactly"));
            }
            Label share = new Label(TemplateNumbers.share(v.percent()));
            share.getStyleClass().add("number");
            grid.addRow(row++, text, count, share, shareBar(v.percent()));
        }
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox title = new HBox(6, ordinal, heading, distinct);
        title.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(4, title, grid);
        box.getStyleClass().add("parameter");
        return box;
    }

    /** A bar as wide as the share, on a track of the whole. */
    private static Node shareBar(double percent) {
        Region fill = new Region();
        fill.getStyleClass().add("share-fill");
        fill.setMaxWidth(64 * Math.clamp(percent / 100, 0, 1));
        fill.setMinWidth(0);
        fill.setPrefHeight(6);
        fill.setMaxHeight(6);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("share-track");
        track.setMaxHeight(6);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        return track;
    }
}
