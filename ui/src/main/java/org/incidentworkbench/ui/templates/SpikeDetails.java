package org.incidentworkbench.ui.templates;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.templates.SpikeBucket;
import org.incidentworkbench.ui.logs.SeverityStyle;

/**
 * Beside the spike chart: the hovered or pinned bucket, and the templates that make it, most lines
 * first; clicking one selects it in the changes and the browser below.
 */
final class SpikeDetails extends VBox {

    private final TemplatesViewModel vm;
    private final Label spikeTag = new Label("spike");
    private final Label note = new Label();
    private final VBox contributors = new VBox(2);

    SpikeDetails(TemplatesViewModel vm) {
        this.vm = vm;
        Label title = new Label();
        title.getStyleClass().add("spike-details-title");
        title.textProperty().bind(vm.shownBucketText());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        spikeTag.getStyleClass().add("spike-tag");
        spikeTag.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(8, title, spikeTag);
        heading.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        contributors.setId("spike-templates");
        getChildren().addAll(heading, note, contributors);
        setSpacing(6);
        getStyleClass().add("spike-details");
        vm.shownBucketProperty().addListener((o, was, now) -> show(now));
        show(vm.shownBucketProperty().get());
    }

    private void show(SpikeBucket b) {
        spikeTag.setVisible(b != null && b.spike());
        contributors.getChildren().clear();
        if (b == null) {
            note.setText("Hover a bar to see the templates that make it; click to keep it here.");
        } else if (b.templates().isEmpty()) {
            note.setText("No warnings or errors in this bucket.");
        } else {
            note.setText((b.spike() ? "" : "Within the window's usual level · ")
                    + "templates with most lines in it · click one to select it below");
            for (int i = 0; i < b.templates().size(); i++) {
                contributors.getChildren().add(row(b.templates().get(i), i));
            }
        }
    }

    private Node row(SpikeBucket.Contributor c, int index) {
        Label count = new Label(TemplateNumbers.count(c.count()));
        count.getStyleClass().add("contributor-count");
        count.setMinWidth(48);
        count.setAlignment(Pos.TOP_RIGHT);
        Label badge = SeverityStyle.badge(c.template().key().severity());
        Label service = new Label(c.template().key().service());
        service.getStyleClass().add("muted");
        HBox key = new HBox(6, badge, service);
        key.setAlignment(Pos.CENTER_LEFT);
        TemplateText text = new TemplateText(c.template().text());
        VBox body = new VBox(3, key, text);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(10, count, body);
        row.setId("spike-template-" + index);
        row.getStyleClass().add("spike-template");
        row.setCursor(Cursor.HAND);
        Tooltip.install(row, new Tooltip("Select this template below"));
        row.setOnMouseClicked(e -> vm.selectTemplate(c.template()));
        return row;
    }
}
