package org.incidentworkbench.ui.templates;

import java.time.Instant;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.templates.TemplateActivity;
import org.incidentworkbench.ui.logs.SeverityStyle;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * Every template, per service and severity: which one is picked above the table (with its lines and
 * templates in the incident window), its templates in the table (most frequent first), the selected
 * template's variables beside it. A double click on a template, or the button, opens its lines in Logs.
 */
final class TemplateBrowser {

    private final TemplatesViewModel vm;
    private final TimeZoneSetting zone;
    private final ComboBox<KeySummary> keys = new ComboBox<>();
    private final TableView<TemplateActivity> table = new TableView<>();
    private final VBox root;
    /** Set while the controls are made to show the view model's selection, so they do not send it back. */
    private boolean following;

    TemplateBrowser(TemplatesViewModel vm, TimeZoneSetting zone) {
        this.vm = vm;
        this.zone = zone;
        keys.setId("template-keys");
        keys.setItems(vm.keys());
        keys.setCellFactory(l -> new KeyCell());
        keys.setButtonCell(new KeyCell());
        keys.setVisibleRowCount(16);
        keys.setPrefWidth(440);
        keys.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                vm.selectKey(now.key());
            }
        });
        vm.selectedKeyProperty().addListener((o, was, now) -> showKey());
        vm.keys().addListener((ListChangeListener<KeySummary>) c -> showKey());

        buildTable();
        ParametersPane parameters = new ParametersPane(vm);
        SplitPane panes = new SplitPane(table, parameters);
        panes.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(parameters, false);
        VBox.setVgrow(panes, Priority.ALWAYS);
        root = new VBox(6, bar(), panes);
        root.getStyleClass().add("template-browser");
        zone.zoneProperty().addListener((o, was, now) -> table.refresh());
        showKey();
    }

    VBox node() {
        return root;
    }

    private HBox bar() {
        Label title = new Label("Every template of");
        title.getStyleClass().add("pane-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label("Double-click a template for its lines");
        hint.getStyleClass().add("muted");
        hint.setMinWidth(Region.USE_PREF_SIZE);
        Button showLines = new Button("Show lines in Logs →");
        showLines.setId("templates-show-lines");
        showLines.setMinWidth(Region.USE_PREF_SIZE);
        showLines.disableProperty().bind(vm.selectedTemplateProperty().isNull());
        showLines.setOnAction(e -> vm.showLines(vm.selectedTemplateProperty().get()));
        HBox bar = new HBox(10, title, keys, gap, hint, showLines);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        return bar;
    }
    private void buildTable() {
        table.setId("template-table");
        table.getStyleClass().add("template-table");
        SortedList<TemplateActivity> sorted = new SortedList<>(vm.templates());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<TemplateActivity, String> template = TemplateCells.template("Template", TemplateActivity::text);
        TableColumn<TemplateActivity, Long> count = TemplateCells.count("Lines", 76, TemplateActivity::count);
        TableColumn<TemplateActivity, Double> share = TemplateCells.text("Share", 66, TemplateActivity::share,
                TemplateNumbers::share, "number-cell");
        TableColumn<TemplateActivity, Instant> first = TemplateCells.text("First seen", 94, TemplateActivity::firstSeen,
                this::seen, "time-cell");
        TableColumn<TemplateActivity, Instant> last = TemplateCells.text("Last seen", 94, TemplateActivity::lastSeen,
                this::seen, "time-cell");
        TableColumn<TemplateActivity, String> example = TemplateCells.longText("Example", a -> a.template().example());
        TableColumn<TemplateActivity, List<Long>> shape = TemplateCells.sparkline(TemplateActivity::buckets);
        table.getColumns().setAll(List.of(template, count, share, first, last, example, shape));
        double fixed = count.getPrefWidth() + share.getPrefWidth() + first.getPrefWidth() + last.getPrefWidth()
                + shape.getPrefWidth();
        // The template and its example share what the fixed columns leave, the template the larger part.
        template.prefWidthProperty().bind(table.widthProperty().subtract(fixed + 20).multiply(0.66));
        example.prefWidthProperty().bind(table.widthProperty().subtract(fixed + 20).multiply(0.34));
        template.setMinWidth(200);
        example.setMinWidth(120);
        Label empty = new Label("Choose a service and severity above");
        empty.getStyleClass().add("muted");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<TemplateActivity> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.showLines(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                vm.selectTemplate(now);
            }
        });
        vm.selectedTemplateProperty().addListener((o, was, now) -> showTemplate(now));
        showTemplate(vm.selectedTemplateProperty().get());
    }

    /** A time of the incident's day as HH:mm:ss; one on another day (a day-before baseline) with its date. */
    private String seen(Instant t) {
        String incidentDay = zone.dateTime(vm.incidentWindow().start()).substring(0, 10);
        String dateTime = zone.dateTime(t);
        return dateTime.startsWith(incidentDay) ? zone.time(t) : dateTime;
    }

    private void showKey() {
        following = true;
        try {
            KeySummary shown = vm.keys().stream().filter(k -> k.key().equals(vm.selectedKeyProperty().get()))
                    .findFirst().orElse(null);
            if (shown == null) {
                keys.getSelectionModel().clearSelection();
            } else if (shown != keys.getSelectionModel().getSelectedItem()) {
                keys.getSelectionModel().select(shown);
            }
        } finally {
            following = false;
        }
    }

    private void showTemplate(TemplateActivity t) {
        if (t == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        following = true;
        try {
            if (t == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(t);
                table.scrollTo(t);
            }
        } finally {
            following = false;
        }
    }

    /** A service and severity: its badge and name, and its lines and templates in the incident window. */
    private static final class KeyCell extends ListCell<KeySummary> {
        private final Label badge = SeverityStyle.badge(null);
        private final Label service = new Label();
        private final Label figures = new Label();
        private final HBox box;

        KeyCell() {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            figures.getStyleClass().add("muted");
            figures.setMinWidth(Region.USE_PREF_SIZE);
            service.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(8, badge, service, gap, figures);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(KeySummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            SeverityStyle.show(badge, item.key().severity());
            service.setText(item.key().service());
            figures.setText(TemplateNumbers.count(item.lines()) + " lines · " + item.templates()
                    + (item.templates() == 1 ? " template" : " templates"));
            setGraphic(box);
        }
    }
}
