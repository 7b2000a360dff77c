package org.incidentworkbench.ui.workspace;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * A bar across a section while some of its reads have failed: why, and "Try again". Hidden
 * otherwise. It never shrinks below its wrapped message: a section short of room shrinks its
 * charts or table, not the reason they stopped updating.
 */
public final class FailureNotice extends BorderPane {

    /** {@code id} names the bar; its button is {@code id + "-retry"}. */
    public FailureNotice(ReadFailures failures, String id) {
        Label message = new Label();
        message.getStyleClass().add("read-failure-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(failures.messageProperty());
        Button retry = new Button("Try again");
        retry.setId(id + "-retry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(e -> failures.retry());
        setCenter(message);
        setRight(retry);
        setAlignment(message, Pos.CENTER_LEFT);
        setAlignment(retry, Pos.CENTER_RIGHT);
        setMargin(retry, new Insets(0, 0, 0, 10));
        setId(id);
        getStyleClass().add("read-failure");
        setMinHeight(Region.USE_PREF_SIZE);
        visibleProperty().bind(failures.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
