package org.incidentworkbench.ui.logs;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The selected record in full: its message, every field and attribute, a trace id that filters the
 * table to its trace, and its context; the copy buttons put text on the system clipboard.
 */
final class LogDetailsPane {

    private final LogsViewModel vm;
    private final TimeZoneSetting zone;
    private final Label badge = SeverityStyle.badge(null);
    private final Label title = new Label();
    private final TextArea body = new TextArea();
    private final Hyperlink trace = new Hyperlink();
    private final Label noTrace = Controls.caption("none (not logged inside a span)");
    private final TableView<Map.Entry<String, String>> fields = new TableView<>();
    private final LogContextList context;
    private final StackPane root;

    LogDetailsPane(LogsViewModel vm, TimeZoneSetting zone) {
        this.vm = vm;
        this.zone = zone;
        this.context = new LogContextList(zone);
        title.getStyleClass().add("details-title");
        title.setMinWidth(0);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(4);
        body.setMinHeight(80);
        body.getStyleClass().add("body-text");
        body.setId("log-body");
        trace.setId("log-trace-link");
        trace.setTooltip(new Tooltip("Show only this trace's records"));
        trace.setOnAction(e -> vm.filterToTrace(trace.getText()));

        Button copyLine = copyButton("Copy line", "copy-line",
                () -> LogRecordText.line(vm.selectedProperty().get(), zone));
        Button copyJson = copyButton("Copy JSON", "copy-json", () -> LogRecordText.json(vm.selectedProperty().get()));
        HBox header = new HBox(8, badge, title);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox traceRow = new HBox(6, Controls.caption("Trace"), trace, noTrace, Controls.spacer(), copyLine, copyJson);
        traceRow.setAlignment(Pos.CENTER_LEFT);

        fields.setId("log-fields");
        fields.getStyleClass().add("dense");
        fields.getColumns().setAll(column("Field", 130, Map.Entry::getKey), column("Value", 320, Map.Entry::getValue));
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Spinner<Integer> size = new Spinner<>(1, LogsViewModel.MAX_CONTEXT, vm.contextSizeProperty().get());
        size.setEditable(true);
        size.setPrefWidth(80);
        size.setId("context-size");
        size.valueProperty().addListener((o, was, now) -> vm.contextSizeProperty().set(now));
        Button copyContext = copyButton("Copy context", "copy-context", () -> {
            LogContext c = vm.contextProperty().get();
            return c == null ? "" : LogRecordText.contextBlock(c, zone);
        });
        Label contextTitle = new Label("Context · same service");
        contextTitle.getStyleClass().add("section-title");
        HBox contextHeader = new HBox(8, contextTitle, Controls.spacer(), Controls.caption("Records before/after"), size, copyContext);
        contextHeader.setAlignment(Pos.CENTER_LEFT);
        VBox contextBox = new VBox(6, contextHeader, context.node());
        VBox.setVgrow(context.node(), Priority.ALWAYS);

        VBox recordBox = new VBox(8, header, body, traceRow, fields);
        VBox.setVgrow(fields, Priority.ALWAYS);
        SplitPane split = new SplitPane(recordBox, contextBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox details = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        details.getStyleClass().add("details-pane");

        Label placeholder = new Label("Select a record to see its fields and the records around it");
        placeholder.getStyleClass().add("placeholder");
        VBox empty = new VBox(placeholder);
        empty.getStyleClass().add("details-pane");
        empty.setAlignment(Pos.CENTER);
        root = new StackPane(empty, details);
        details.visibleProperty().bind(vm.selectedProperty().isNotNull());
        empty.visibleProperty().bind(vm.selectedProperty().isNull());

        vm.selectedProperty().addListener((o, was, now) -> show(now));
        vm.contextProperty().addListener((o, was, now) -> context.show(now));
        zone.zoneProperty().addListener((o, was, now) -> show(vm.selectedProperty().get()));
    }

    Node node() {
        return root;
    }

    private void show(LogRecord r) {
        if (r == null) {
            context.show(null);
            return;
        }
        SeverityStyle.show(badge, r.severity());
        title.setText(r.service() + " · " + zone.precise(r.ts()) + " " + zone.label());
        body.setText(r.body());
        trace.setText(r.traceId() == null ? "" : r.traceId());
        trace.setVisible(r.traceId() != null);
        trace.setManaged(r.traceId() != null);
        noTrace.setVisible(r.traceId() == null);
        noTrace.setManaged(r.traceId() == null);
        fields.getItems().setAll(LogRecordText.fields(r, zone));
    }

    private static Button copyButton(String text, String id, Supplier<String> content) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(content.get());
            Clipboard.getSystemClipboard().setContent(c);
        });
        return b;
    }

    private static TableColumn<Map.Entry<String, String>, String> column(
            String name, double width, Function<Map.Entry<String, String>, String> value) {
        TableColumn<Map.Entry<String, String>, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

}
