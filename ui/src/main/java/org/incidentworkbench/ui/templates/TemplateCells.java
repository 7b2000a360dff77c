package org.incidentworkbench.ui.templates;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentworkbench.analysis.logs.Severity;
import org.incidentworkbench.ui.charts.Sparkline;
import org.incidentworkbench.ui.logs.SeverityStyle;

/** The columns the changes table and the templates browser share: counts, severities, template texts, sparklines. */
final class TemplateCells {

    private static final double SPARKLINE_WIDTH = 120;
    private static final double SPARKLINE_HEIGHT = 20;

    private TemplateCells() {
    }

    /** A column showing {@code value} of each row; fixed at {@code width} unless 0. */
    static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        if (width > 0) {
            column.setPrefWidth(width);
            column.setMinWidth(width * 0.6);
        }
        return column;
    }

    /** A count, right-aligned with thousands separators so columns of counts compare at a glance. */
    static <S> TableColumn<S, Long> count(String title, double width, Function<S, Long> value) {
        return text(title, width, value, TemplateNumbers::count, "number-cell");
    }

    /** A value shown as {@code format} writes it; {@code styleClass} aligns it. */
    static <S, T> TableColumn<S, T> text(String title, double width, Function<S, T> value, Function<T, String> format,
                                         String styleClass) {
        TableColumn<S, T> column = column(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.getStyleClass().add(styleClass);
        return column;
    }

    static <S> TableColumn<S, Severity> severity(Function<S, Severity> value) {
        TableColumn<S, Severity> column = column("Severity", 84, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = SeverityStyle.badge(null);

            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                SeverityStyle.show(badge, empty ? null : item);
                setGraphic(empty ? null : badge);
            }
        });
        return column;
    }

    /**
     * The template's text, wrapped to the column, {@code <*>} as chips. The row grows to the wrapped
     * height: the cell answers its height for the column's width, which a table row asks without one.
     */
    static <S> TableColumn<S, String> template(String title, Function<S, String> value) {
        TableColumn<S, String> column = column(title, 0, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final TemplateText text = new TemplateText();

            {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.show(item);
                    setGraphic(text);
                }
            }

            @Override
            protected double computePrefHeight(double width) {
                if (getGraphic() == null) {
                    return super.computePrefHeight(width);
                }
                double inner = getTableColumn().getWidth() - snappedLeftInset() - snappedRightInset();
                return text.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
            }
        });
        return column;
    }

    /** Lines per bucket of the incident window, drawn from zero so a quiet template lies flat on the floor. */
    static <S> TableColumn<S, List<Long>> sparkline(Function<S, List<Long>> value) {
        TableColumn<S, List<Long>> column = column("Timeline", SPARKLINE_WIDTH + 16, value);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            private final Sparkline line = new Sparkline(new double[0], false, Sparkline.Scale.FROM_ZERO);

            {
                line.setPrefSize(SPARKLINE_WIDTH, SPARKLINE_HEIGHT);
                line.setMinHeight(SPARKLINE_HEIGHT);
                line.setMaxHeight(SPARKLINE_HEIGHT);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(List<Long> item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    line.show(item.stream().mapToDouble(Long::doubleValue).toArray(), false);
                    setGraphic(line);
                }
            }
        });
        return column;
    }

    /** Text cut to one line, the whole of it in a tooltip: an example line is long, and only its start identifies it. */
    static <S> TableColumn<S, String> longText(String title, Function<S, String> value) {
        TableColumn<S, String> column = column(title, 0, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            {
                whole.setWrapText(true);
                whole.setMaxWidth(640);
                getStyleClass().add("mono");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                whole.setText(item);
                setTooltip(empty || item == null ? null : whole);
            }
        });
        return column;
    }
}
