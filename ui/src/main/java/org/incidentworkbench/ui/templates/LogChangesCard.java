package org.incidentworkbench.ui.templates;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.templates.TemplateChange;
import org.incidentworkbench.ui.logs.SeverityStyle;
import org.incidentworkbench.ui.templates.TemplateReports.Status;

/**
 * The Overview's card of the most significant log-template changes: one row each (kind, severity,
 * service, the template, lines now against the baseline), a click on a row showing its lines in Logs.
 */
public final class LogChangesCard extends VBox {

    private final LogChangesCardModel model;
    private final GridPane rows = new GridPane();

    public LogChangesCard(LogChangesCardModel model) {
        this.model = model;
        Label title = new Label("What changed in the logs");
        title.getStyleClass().add("card-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap);
        header.setAlignment(Pos.BASELINE_LEFT);
        if (model.canOpenSection()) {
            Hyperlink all = new Hyperlink();
            all.setId("log-changes-all");
            all.textProperty().bind(model.totalProperty().asString("All %d changes →"));
            all.visibleProperty().bind(model.totalProperty().greaterThan(LogChangesCardModel.SHOWN));
            all.setOnAction(e -> model.openSection());
            header.getChildren().add(all);
        }
        Label summary = new Label();
        summary.setId("log-changes-summary");
        summary.getStyleClass().add("card-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        Button retry = new Button("Try again");
        retry.setId("log-changes-retry");
        retry.visibleProperty().bind(model.statusProperty().isEqualTo(Status.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.load());
        rows.setId("log-changes");
        rows.setHgap(10);
        rows.setVgap(6);
        rows.getColumnConstraints().setAll(fixed(), fixed(), fixed(), growing(), fixed());
        model.changes().addListener((javafx.collections.ListChangeListener<TemplateChange>) c -> fill());
        fill();
        getChildren().addAll(header, summary, retry, rows);
        setSpacing(8);
        setPadding(new Insets(14, 16, 14, 16));
        getStyleClass().add("log-changes-card");
        getStylesheets().addAll(SeverityStyle.stylesheet(), LogChangesCard.class.getResource("templates.css").toExternalForm());
    }

    private void fill() {
        rows.getChildren().clear();
        int r = 0;
        for (TemplateChange c : model.changes()) {
            Label service = new Label(c.activity().key().service());
            service.getStyleClass().add("change-service");
            TemplateText text = new TemplateText(c.activity().text());
            Label counts = new Label(TemplateNumbers.count(c.activity().count()) + " vs " + TemplateNumbers.count(c.activity().baselineCount()));
            counts.getStyleClass().add("change-counts");
            counts.setMinWidth(Region.USE_PREF_SIZE);
            Node[] cells = {ChangeBadge.of(c.kind()), SeverityStyle.badge(c.activity().key().severity()), service, text, counts};
            for (int col = 0; col < cells.length; col++) {
                rows.add(cells[col], col, r);
                cells[col].setCursor(Cursor.HAND);
                cells[col].setOnMouseClicked(e -> model.showLines(c));
                Tooltip.install(cells[col], new Tooltip("Show these lines in Logs"));
            }
            r++;
        }
    }

    private static ColumnConstraints fixed() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints growing() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(200);
        return c;
    }
}
