package org.incidentworkbench.ui.logs;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.incidentworkbench.analysis.logs.LogContext;
import org.incidentworkbench.analysis.logs.LogRecord;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/** The records around the selected one from the same service, in time order, the selected one highlighted. */
final class LogContextList {

    private final ListView<LogRecord> list = new ListView<>();
    private long anchorId = -1;

    LogContextList(TimeZoneSetting zone) {
        list.getStyleClass().addAll("context-list", "dense");
        list.setId("log-context");
        list.setPlaceholder(new Label("No context"));
        list.setCellFactory(v -> new ContextCell(zone));
        zone.zoneProperty().addListener((o, was, now) -> list.refresh());
    }

    ListView<LogRecord> node() {
        return list;
    }

    void show(LogContext c) {
        if (c == null) {
            anchorId = -1;
            list.getItems().clear();
            return;
        }
        anchorId = c.anchor().id();
        List<LogRecord> rows = new ArrayList<>(c.before());
        rows.add(c.anchor());
        rows.addAll(c.after());
        list.getItems().setAll(rows);
        // Scrolled so the selected record sits mid-list, with records before and after it in view.
        list.scrollTo(Math.max(0, c.before().size() - 4));
    }

    private final class ContextCell extends ListCell<LogRecord> {
        private final TimeZoneSetting zone;
        private final Label time = new Label();
        private final Label badge = SeverityStyle.badge(null);
        private final Label body = new Label();
        private final HBox row = new HBox(8, time, badge, body);

        ContextCell(TimeZoneSetting zone) {
            this.zone = zone;
            time.getStyleClass().add("mono");
            body.getStyleClass().add("mono");
            time.setMinWidth(USE_PREF_SIZE);
            body.setTextOverrun(OverrunStyle.ELLIPSIS);
            body.setMinWidth(0);
            HBox.setHgrow(body, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            row.setPrefWidth(0);
        }

        @Override
        protected void updateItem(LogRecord r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("context-anchor");
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            if (r.id() == anchorId) {
                getStyleClass().add("context-anchor");
            }
            time.setText(zone.precise(r.ts()).substring(LogTable.TIME_OF_DAY));
            SeverityStyle.show(badge, r.severity());
            body.setText(r.body().replace('\n', '⏎'));
            setGraphic(row);
        }
    }
}
