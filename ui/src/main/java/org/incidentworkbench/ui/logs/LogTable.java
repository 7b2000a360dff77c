package org.incidentworkbench.ui.logs;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The virtualized log table. TableView only builds cells for the visible rows; when a row near the
 * end of what is loaded is shown, the next page is asked for, so scrolling reads the result
 * page by page and never whole.
 */
final class LogTable {

    /** How close to the last loaded row the table asks for the next page. */
    private static final int PREFETCH_ROWS = 60;

    /** Where the time of day starts in a precise time: the range label above shows the date. */
    static final int TIME_OF_DAY = "yyyy-MM-dd ".length();

    private final TableView<LogRecord> table = new TableView<>();

    LogTable(LogsViewModel vm, TimeZoneSetting zone) {
        table.getStyleClass().addAll("log-table", "dense", "striped");
        table.setItems(vm.records());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(vm.loadingProperty())
                .then("Loading…").otherwise("No records match these filters"));
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(
                textColumn("Time", 150, r -> zone.precise(r.ts()).substring(TIME_OF_DAY)),
                textColumn("Service", 150, LogRecord::service),
                severityColumn(),
                textColumn("Message", 600, r -> r.body().replace('\n', '⏎')));
        table.setRowFactory(t -> new PrefetchingRow(vm));
        zone.zoneProperty().addListener((o, was, now) -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.select(now));
    }

    TableView<LogRecord> node() {
        return table;
    }

    private static TableColumn<LogRecord, String> textColumn(String title, double width,
                                                             Function<LogRecord, String> text) {
        TableColumn<LogRecord, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 150));
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setCellFactory(col -> {
            TableCell<LogRecord, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.getStyleClass().add("mono");
            cell.setTextOverrun(OverrunStyle.ELLIPSIS);
            return cell;
        });
        return c;
    }

    private static TableColumn<LogRecord, Severity> severityColumn() {
        TableColumn<LogRecord, Severity> c = new TableColumn<>("Severity");
        c.setPrefWidth(90);
        c.setMinWidth(90);
        c.setMaxWidth(90);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().severity()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = SeverityStyle.badge(Severity.INFO);

            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                SeverityStyle.show(badge, empty ? null : item);
                setGraphic(empty ? null : badge);
            }
        });
        return c;
    }

    /** A row that asks for the next page when it shows a record near the end of the loaded ones. */
    private static final class PrefetchingRow extends TableRow<LogRecord> {
        private final LogsViewModel vm;

        PrefetchingRow(LogsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(LogRecord item, boolean empty) {
            super.updateItem(item, empty);
            if (!empty && getIndex() >= vm.records().size() - PREFETCH_ROWS) {
                vm.loadMore();
            }
        }
    }
}
