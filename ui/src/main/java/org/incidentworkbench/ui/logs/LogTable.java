package org.incidentworkbench.ui.logs;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The virtualized log table over the view model's sliding record window. TableView only builds
 * cells for the visible rows; when a row near either edge of the window is shown, the page beyond
 * that edge is asked for, so scrolling reads the result page by page and never whole. When the
 * window slides, the table scrolls by the rows added or dropped above, so the rows on screen stay
 * still. Home and End (with or without Ctrl) jump to the start and the end of the whole result.
 */
final class LogTable {

    /** How close to an edge of the window a shown row makes the table ask for the page beyond it. */
    private static final int PREFETCH_ROWS = 60;

    /** Where the time of day starts in a precise time: the range label above shows the date. */
    static final int TIME_OF_DAY = "yyyy-MM-dd ".length();

    private final TableView<LogRecord> table = new TableView<>();
    private final LogsViewModel vm;
    /**
     * Set while the table lays itself out around a slide of the window: rows shown then are about to
     * move, and a page asked for from them would be read from the wrong edge.
     */
    private boolean anchoring;

    LogTable(LogsViewModel vm, TimeZoneSetting zone) {
        this.vm = vm;
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
        table.setRowFactory(t -> new PrefetchingRow());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::jumpOnHomeOrEnd);
        vm.setWindowListener(new KeepRowsStill());
        zone.zoneProperty().addListener((o, was, now) -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.select(now));
    }

    TableView<LogRecord> node() {
        return table;
    }

    /** The index of the first row on screen, or -1 before it is laid out; tests check rows stay still by it. */
    static int firstVisibleIndex(TableView<?> table) {
        IndexedCell<?> top = topRow(table);
        return top == null ? -1 : top.getIndex();
    }

    /**
     * The first row on screen, or null. Not simply the flow's first cell: after a scroll the flow
     * may keep a row lying wholly above the viewport first.
     */
    private static IndexedCell<?> topRow(TableView<?> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null) {
            return null;
        }
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (cell != null && cell.getLayoutY() + cell.getHeight() > 0) {
                return cell;
            }
        }
        return null;
    }

    /** Home and End would only reach the window's edges: they go to the whole result's instead. */
    private void jumpOnHomeOrEnd(KeyEvent e) {
        if (e.getCode() == KeyCode.HOME) {
            vm.jumpToStart();
            e.consume();
        } else if (e.getCode() == KeyCode.END) {
            vm.jumpToEnd();
            e.consume();
        }
    }

    /**
     * Scrolls the table with the window so the same record stays at the same pixel on top. Even
     * rows added below move the view (the flow keeps its scroll fraction, not its pixel offset), so
     * every slide re-anchors. The top row is noted before the list changes, after a layout pass, as a
     * scroll the flow has not laid out yet would otherwise be undone.
     */
    private final class KeepRowsStill implements WindowListener {
        private int topIndex = -1;
        private double hiddenPixels;

        @Override
        public void sliding() {
            anchoring = true;
            table.layout();
            anchoring = false;
            IndexedCell<?> top = topRow(table);
            topIndex = top == null ? -1 : top.getIndex();
            hiddenPixels = top == null ? 0 : -top.getLayoutY();
        }

        @Override
        public void shifted(int rowsAbove) {
            if (topIndex >= 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                anchoring = true;
                table.layout();
                table.scrollTo(Math.max(0, topIndex + rowsAbove));
                flow.scrollPixels(hiddenPixels);
                anchoring = false;
                table.layout();
            }
        }

        @Override
        public void movedToStart() {
            table.scrollTo(0);
        }

        @Override
        public void movedToEnd() {
            table.scrollTo(Math.max(0, table.getItems().size() - 1));
        }
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

    /** A row that asks for the page beyond the window's edge when it shows a record near that edge. */
    private final class PrefetchingRow extends TableRow<LogRecord> {
        @Override
        protected void updateItem(LogRecord item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || anchoring) {
                return;
            }
            if (getIndex() >= vm.records().size() - PREFETCH_ROWS) {
                vm.loadNext();
            } else if (getIndex() < PREFETCH_ROWS) {
                vm.loadPrevious();
            }
        }
    }
}
