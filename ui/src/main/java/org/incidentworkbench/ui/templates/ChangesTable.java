package org.incidentworkbench.ui.templates;

import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.incidentworkbench.analysis.templates.TemplateChange;

/**
 * The template diff: one row per significant change, most significant first (the order the test
 * ranks them in; any column re-sorts). Selecting a row selects its template across the section; a
 * double click opens its lines in Logs. Empty, it says that nothing changed and what was compared.
 */
final class ChangesTable {

    private final TemplatesViewModel vm;
    private final TableView<TemplateChange> table = new TableView<>();
    private final Label placeholder = new Label();
    /** Set while the table is made to show the view model's selection, so it does not send it back. */
    private boolean following;

    ChangesTable(TemplatesViewModel vm) {
        this.vm = vm;
        table.setId("template-changes");
        table.getStyleClass().addAll("template-table", "changes-table");
        SortedList<TemplateChange> sorted = new SortedList<>(vm.changes());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<TemplateChange, TemplateChange.Kind> kind = TemplateCells.column("Change", 96, TemplateChange::kind);
        kind.setCellFactory(c -> new KindCell());
        TableColumn<TemplateChange, String> service = TemplateCells.column("Service", 130, c -> c.activity().key().service());
        TableColumn<TemplateChange, String> template = TemplateCells.template("Template", c -> c.activity().text());
        TableColumn<TemplateChange, Long> incident = TemplateCells.count("Incident", 84, c -> c.activity().count());
        TableColumn<TemplateChange, Long> baseline = TemplateCells.count("Baseline", 84, c -> c.activity().baselineCount());
        TableColumn<TemplateChange, Double> ratio = TemplateCells.text("Rate", 76, TemplateChange::rateRatio,
                TemplateNumbers::ratio, "number-cell");
        Label ratioHeader = new Label("Rate");
        ratioHeader.setTooltip(new Tooltip("Lines per minute in the incident window over lines per minute in the"
                + " baseline (the windows may differ in length)"));
        ratio.setText("");
        ratio.setGraphic(ratioHeader);
        TableColumn<TemplateChange, List<Long>> shape = TemplateCells.sparkline(c -> c.activity().buckets());
        table.getColumns().setAll(List.of(kind, service, TemplateCells.severity(c -> c.activity().key().severity()),
                template, incident, baseline, ratio, shape));
        double fixed = kind.getPrefWidth() + service.getPrefWidth() + 84 + incident.getPrefWidth()
                + baseline.getPrefWidth() + ratio.getPrefWidth() + shape.getPrefWidth();
        // The template takes what the fixed columns leave (less room for the scroll bar).
        template.prefWidthProperty().bind(table.widthProperty().subtract(fixed + 20));
        template.setMinWidth(240);

        placeholder.setWrapText(true);
        placeholder.setMaxWidth(720);
        placeholder.getStyleClass().add("empty-changes");
        placeholder.setId("template-changes-empty");
        table.setPlaceholder(placeholder);
        vm.reportProperty().addListener((o, was, now) -> placeholder.setText(vm.nothingChangedText()));
        placeholder.setText(vm.nothingChangedText());

        table.setRowFactory(t -> {
            TableRow<TemplateChange> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.showLines(row.getItem().activity());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                vm.selectChange(now);
            }
        });
        vm.selectedChangeProperty().addListener((o, was, now) -> showSelection(now));
        showSelection(vm.selectedChangeProperty().get());
    }

    TableView<TemplateChange> node() {
        return table;
    }

    private void showSelection(TemplateChange c) {
        if (c == table.getSelectionModel().getSelectedItem()) {
            return;
        }
        following = true;
        try {
            if (c == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(c);
                table.scrollTo(c);
            }
        } finally {
            following = false;
        }
    }

    /** "new", "surging", "dropping", "gone" as a coloured badge. */
    private static final class KindCell extends TableCell<TemplateChange, TemplateChange.Kind> {
        private final Label badge = new Label();

        @Override
        protected void updateItem(TemplateChange.Kind item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            ChangeBadge.show(badge, item);
            setGraphic(badge);
        }
    }
}
