package org.incidentworkbench.ui.prompt;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces of a card over the page: its heading, its rows, its buttons on the right. */
public final class PromptCards {

    private PromptCards() {
    }

    public static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-heading");
        return heading;
    }

    /** A card no wider than {@code maxWidth}, as tall as its rows. */
    public static VBox card(double maxWidth, Node... rows) {
        VBox card = new VBox(10, rows);
        card.getStyleClass().addAll("card", "prompt-card");
        card.setMaxSize(maxWidth, Region.USE_PREF_SIZE);
        return card;
    }

    /** Buttons in a row at the right edge of the card. */
    public static HBox buttons(Node... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap);
        row.getChildren().addAll(buttons);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    /** Rows of a name on the left and what it names on the right, which takes the rest of the width. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    /** Adds a row to a {@link #form}. */
    public static void addRow(GridPane form, String name, Node value) {
        Label label = new Label(name);
        label.getStyleClass().add("muted");
        form.addRow(form.getRowCount(), label, value);
        GridPane.setValignment(label, VPos.CENTER);
    }

    /** Text that wraps to the card's width and is never cut short. */
    public static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
