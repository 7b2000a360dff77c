package org.incidentworkbench.ui.templates;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.logs.SeverityStyle;
import org.incidentworkbench.ui.templates.TemplateReports.Status;
import org.incidentworkbench.ui.time.TimeZoneSetting;
import org.incidentworkbench.ui.workspace.FailureNotice;

/**
 * The log changes laid out: which windows were compared on top, then the error-spike chart with the
 * shown bucket's templates beside it, and below, one above the other, the changes and the browser of
 * every template. While the templates are mined, a progress bar says how many lines have been read.
 */
final class TemplatesView extends BorderPane {

    private static final double SPIKES_HEIGHT = 250;

    private final TemplatesViewModel vm;

    TemplatesView(TemplatesViewModel vm, TimeZoneSetting zone) {
        this.vm = vm;
        BooleanBinding mined = vm.reportProperty().isNotNull();
        setTop(new VBox(header(mined), new FailureNotice(vm.failures(), "templates-failure")));
        Node content = content(zone);
        content.visibleProperty().bind(mined);
        Node progress = progress();
        progress.visibleProperty().bind(vm.statusProperty().isEqualTo(Status.MINING));
        setCenter(new StackPane(progress, content));
        getStyleClass().add("templates-section");
    }

    private Node header(BooleanBinding mined) {
        Label title = new Label("What changed in the logs");
        title.getStyleClass().add("templates-title");
        GridPane windows = new GridPane();
        windows.setHgap(10);
        windows.setVgap(2);
        windows.addRow(0, caption("Incident window"), bound(vm.incidentText(), "templates-incident"));
        windows.addRow(1, caption("Compared with"), bound(vm.baselineText(), "templates-baseline"));
        windows.visibleProperty().bind(mined);
        windows.managedProperty().bind(mined);
        VBox header = new VBox(6, title, windows);
        header.getStyleClass().add("templates-header");
        return header;
    }

    private Node progress() {
        Label what = new Label("Mining log templates of the incident window and its baseline…");
        what.getStyleClass().add("section-heading");
        ProgressBar bar = new ProgressBar();
        bar.setId("templates-progress");
        bar.setPrefWidth(460);
        bar.progressProperty().bind(vm.progressProperty());
        Label lines = new Label();
        lines.setId("templates-progress-text");
        lines.getStyleClass().add("muted");
        lines.textProperty().bind(vm.progressTextProperty());
        VBox box = new VBox(10, what, bar, lines);
        box.setId("templates-mining");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private Node content(TimeZoneSetting zone) {
        SpikeChart chart = new SpikeChart(vm, zone);
        chart.setId("spike-chart");
        Label chartTitle = new Label();
        chartTitle.setId("spike-chart-title");
        chartTitle.getStyleClass().add("pane-title");
        // Bound, not listened to: the report may be mined already (by the Overview) when the view is made.
        chartTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.reportProperty().get() == null ? ""
                : "Warnings and errors per " + vm.bucketWidth(), vm.reportProperty()));
        HBox chartHeading = new HBox(16, chartTitle, spacer(), legend(SeverityStyle.fillClasses(Severity.ERROR), "errors"),
                legend(SeverityStyle.fillClasses(Severity.WARN), "warnings"), spikeLegend());
        chartHeading.setAlignment(Pos.CENTER_LEFT);
        VBox chartPane = new VBox(4, chartHeading, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(chartPane, Priority.ALWAYS);
        SpikeDetails details = new SpikeDetails(vm);
        details.setId("spike-details");
        // A bucket's templates scroll rather than push the tables down.
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().addAll("edge-to-edge", "spike-details-scroll");
        detailsScroll.setPrefWidth(440);
        detailsScroll.setMinWidth(320);
        HBox spikes = new HBox(16, chartPane, detailsScroll);
        spikes.getStyleClass().add("spikes-row");
        spikes.setPrefHeight(SPIKES_HEIGHT);
        spikes.setMinHeight(SPIKES_HEIGHT * 0.8);

        ChangesTable changes = new ChangesTable(vm);
        Label changesTitle = new Label();
        changesTitle.getStyleClass().add("pane-title");
        changesTitle.textProperty().bind(Bindings.size(vm.changes()).asString("Changes against the baseline · %d"));
        VBox changesPane = new VBox(6, bar(changesTitle, hint("Ranked by significance · double-click a row for its lines")),
                changes.node());
        VBox.setVgrow(changes.node(), Priority.ALWAYS);

        TemplateBrowser browser = new TemplateBrowser(vm, zone);
        VBox browserPane = browser.node();

        SplitPane tables = new SplitPane(changesPane, browserPane);
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.42);
        tables.getStyleClass().add("templates-tables");
        VBox content = new VBox(spikes, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        return content;
    }

    private static HBox bar(Label title, Node... rest) {
        HBox bar = new HBox(12, title, spacer());
        bar.getChildren().addAll(rest);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        return bar;
    }

    private static Label caption(String text) {
        return unshrinking(text, "field-label");
    }

    private static Label bound(ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add("window-text");
        return l;
    }

    private static Label hint(String text) {
        return unshrinking(text, "muted");
    }

    /** A label that keeps its whole text when space runs short. */
    private static Label unshrinking(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node legend(List<String> fill, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().add("legend-swatch");
        swatch.getStyleClass().addAll(fill);
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend");
        return l;
    }

    private static Node spikeLegend() {
        Polygon mark = new Polygon(0, 0, 8, 0, 4, 6.4);
        mark.getStyleClass().add("spike-mark");
        Label l = new Label("spike", mark);
        l.getStyleClass().add("legend");
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
