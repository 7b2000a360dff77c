package org.incidentworkbench.ui.start;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.connections.SavedConnection;
import org.incidentworkbench.ui.shell.ShellViewModel;

/** The saved database connections: a click connects, "Edit" opens the connection's form. */
final class SavedConnectionList {

    private SavedConnectionList() {
    }

    static ListView<SavedConnection> of(ShellViewModel shell) {
        ListView<SavedConnection> list = new ListView<>(shell.savedConnections().list());
        list.setId("saved-connections");
        Label none = new Label("No saved connections yet");
        list.setPlaceholder(none);
        list.setCellFactory(v -> new Cell(shell));
        return list;
    }

    private static final class Cell extends ListCell<SavedConnection> {

        private final Label name = new Label();
        private final Label where = new Label();
        private final Button edit = new Button("Edit");
        private final HBox row;

        Cell(ShellViewModel shell) {
            name.getStyleClass().add("saved-connection-name");
            where.getStyleClass().add("muted");
            edit.getStyleClass().addAll("small", "flat", "edit-connection");
            edit.setOnAction(e -> shell.editConnection(getItem()));
            VBox text = new VBox(2, name, where);
            HBox.setHgrow(text, Priority.ALWAYS);
            // The list's width sizes the row, not the text: a long login ends in an ellipsis and Edit stays in view.
            setPrefWidth(0);
            text.setMinWidth(0);
            name.setMinWidth(0);
            where.setMinWidth(0);
            edit.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(8, text, edit);
            row.setAlignment(Pos.CENTER_LEFT);
            // A click on Edit reaches the cell too; only a click elsewhere connects.
            setOnMouseClicked(e -> {
                if (!isEmpty() && !edit.isHover()) {
                    shell.openConnection(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SavedConnection item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.name());
            where.setText(item.settings().login());
            setTooltip(new Tooltip(item.name() + " · " + item.settings().login() + " · TLS " + item.settings().tlsMode().keyword()));
            setGraphic(row);
        }
    }
}
