package org.incidentworkbench.ui.metrics;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.incidentworkbench.ui.charts.ChartStyle;

/**
 * The metric picker beside the charts: narrow by service (ControlsFX check combo), type to search
 * names, units and descriptions ("pool" finds the connection pools), tick metrics to chart them.
 */
final class MetricPicker extends VBox {

    private final MetricsViewModel model;
    private final CheckComboBox<String> services = new CheckComboBox<>();
    private final TextField search = TextFields.createClearableTextField();
    private final FilteredList<MetricOption> shown;
    private final ListView<MetricOption> list;

    MetricPicker(MetricsViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("metric-picker");
        setPadding(new Insets(12));
        setPrefWidth(300);
        setMinWidth(240);

        services.setTitle("All services");
        services.setMaxWidth(Double.MAX_VALUE);
        search.setPromptText("Search metrics, e.g. pool");
        search.setId("metric-search");

        shown = new FilteredList<>(model.options());
        list = new ListView<>(shown);
        list.setId("metric-list");
        list.setCellFactory(v -> new OptionCell());
        list.setPlaceholder(new Label("No metric matches."));
        VBox.setVgrow(list, Priority.ALWAYS);

        model.options().addListener((ListChangeListener<MetricOption>) c ->
                services.getItems().setAll(model.options().stream().map(MetricOption::service).distinct().toList()));
        services.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            var checked = services.getCheckModel().getCheckedItems();
            services.setTitle(checked.isEmpty() ? "All services" : String.join(", ", checked));
            refilter();
        });
        search.textProperty().addListener((o, was, now) -> refilter());

        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.size(model.selection()).asString("%d charted"));
        Button clear = new Button("Clear");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.setOnAction(e -> model.select(List.of()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(8, count, gap, clear);
        footer.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label("Metrics");
        title.getStyleClass().add(Styles.TITLE_4);
        getChildren().addAll(title, services, search, list, footer);
    }

    private void refilter() {
        var checked = services.getCheckModel().getCheckedItems();
        String text = search.getText();
        shown.setPredicate(o -> (checked.isEmpty() || checked.contains(o.service())) && o.matches(text));
    }

    /** A row: the tick box, the metric's name, its service and unit, its colour once charted. */
    private final class OptionCell extends ListCell<MetricOption> {
        private final CheckBox box = new CheckBox();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Circle swatch = new Circle(5);
        private final HBox row;
        /** Keeps the tick and colour in step with the selection, held here so the weak listener lives with the cell. */
        private final ListChangeListener<MetricRef> selectionChanged = c -> showSelection();

        OptionCell() {
            // Long names end in an ellipsis rather than widening the list past its column.
            setPrefWidth(0);
            name.setMinWidth(0);
            detail.setMinWidth(0);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox text = new VBox(1, name, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            swatch.managedProperty().bind(swatch.visibleProperty());
            row = new HBox(8, box, text, swatch);
            row.setAlignment(Pos.CENTER_LEFT);
            box.setOnAction(e -> {
                if (getItem() != null) {
                    model.setSelected(getItem().ref(), box.isSelected());
                }
            });
            model.selection().addListener(new WeakListChangeListener<>(selectionChanged));
            // A press anywhere on the row ticks it, not only on the small box; presses, not clicks,
            // because two quick clicks on neighbouring rows arrive as a double click.
            setOnMousePressed(e -> {
                if (getItem() != null && e.getTarget() != box && !box.isHover()) {
                    model.setSelected(getItem().ref(), !model.selection().contains(getItem().ref()));
                }
            });
        }

        @Override
        protected void updateItem(MetricOption option, boolean empty) {
            super.updateItem(option, empty);
            if (empty || option == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(option.metric());
            detail.setText(option.unit().isBlank() ? option.service() : option.service() + " · " + option.unit());
            setTooltip(option.description().isBlank() ? null : new Tooltip(option.description()));
            showSelection();
            setGraphic(row);
        }

        private void showSelection() {
            int index = getItem() == null ? -1 : model.selection().indexOf(getItem().ref());
            box.setSelected(index >= 0);
            swatch.setVisible(index >= 0);
            swatch.setFill(ChartStyle.forCurrentTheme().seriesColor(index));
        }
    }
}
