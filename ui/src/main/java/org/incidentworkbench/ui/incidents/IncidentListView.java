package org.incidentworkbench.ui.incidents;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.incidents.Incident;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/** The incident table of one source with its filter field; double-click, Enter or "Open" opens a workspace. */
public final class IncidentListView extends VBox {

    public IncidentListView(IncidentListViewModel model, TimeZoneSetting zone, Runnable backToStart) {
        Button back = new Button("← Start");
        back.setId("back-to-start");
        back.setOnAction(e -> backToStart.run());
        Label heading = new Label("Incidents in " + model.sourceLabel());
        heading.getStyleClass().add("section-heading");
        TextField filter = new TextField();
        filter.setId("incident-filter");
        filter.setPromptText("Filter: service, status, title, time…");
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.rows().size() + " of " + model.total() + " incidents", model.rows()));
        Button open = new Button("Open");
        open.setId("open-incident");
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(e -> model.openSelected());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, back, heading, spacer, count, filter, open);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        TableView<Incident> table = table(model, zone);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, table);
        setSpacing(10);
        setPadding(new Insets(14));
    }

    private static TableView<Incident> table(IncidentListViewModel model, TimeZoneSetting zone) {
        TableView<Incident> table = new TableView<>(model.rows());
        table.setId("incident-table");
        table.setPlaceholder(new Label("No incident matches the filter"));
        for (IncidentColumn c : IncidentColumn.values()) {
            TableColumn<Incident, Incident> column = new TableColumn<>(c.header());
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            column.setComparator(c.order());
            column.setCellFactory(col -> new IncidentCell(c, zone));
            column.setPrefWidth(switch (c) {
                case TITLE -> 420;
                case WINDOW_START, WINDOW_END, TRIGGER, SERVICE -> 160;
                default -> 100;
            });
            table.getColumns().add(column);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The table's sort order drives the sorted rows; without a sorted column the default order holds.
        model.rows().comparatorProperty().bind(Bindings.createObjectBinding(
                () -> table.getComparator() == null ? IncidentListViewModel.DEFAULT_ORDER : table.getComparator(),
                table.comparatorProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        table.setRowFactory(t -> {
            TableRow<Incident> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
            }
        });
        zone.zoneProperty().addListener((o, was, now) -> table.refresh());
        return table;
    }
}
