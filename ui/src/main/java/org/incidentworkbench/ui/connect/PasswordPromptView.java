package org.incidentworkbench.ui.connect;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.analysis.connections.Password;
import org.incidentworkbench.ui.prompt.PromptCards;

/**
 * Asks for the password a server wants, over the page rather than in a window of its own: its
 * dimmed background covers the page, which the main window disables meanwhile. Shown while
 * {@link Logins} waits for one; the password goes only to the request.
 */
public final class PasswordPromptView extends StackPane {

    public PasswordPromptView(Logins logins) {
        setId("password-prompt");
        getStyleClass().add("prompt-scrim");
        show(logins.passwordRequestProperty().get());
        logins.passwordRequestProperty().addListener((o, was, now) -> show(now));
    }

    private void show(PasswordRequest request) {
        setVisible(request != null);
        setManaged(request != null);
        getChildren().setAll(request == null ? new Region() : card(request));
    }

    private static VBox card(PasswordRequest request) {
        Label who = new Label("The database asks for the password of " + request.login() + ".");
        who.setWrapText(true);
        Label reason = new Label(request.reason());
        reason.setId("password-reason");
        reason.getStyleClass().add("form-error");
        reason.setWrapText(true);
        reason.setVisible(!request.reason().isEmpty());
        reason.setManaged(!request.reason().isEmpty());
        PasswordField field = new PasswordField();
        field.setId("password-field");
        field.setPromptText("Password");
        Label kept = new Label("Kept in memory until the app closes; never saved.");
        kept.getStyleClass().add("muted");
        Button cancel = new Button("Cancel");
        cancel.setId("password-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> request.cancel().run());
        Button login = new Button("Log in");
        login.setId("password-submit");
        login.setDefaultButton(true);
        login.setOnAction(e -> request.answer().accept(new Password(field.getText())));
        Platform.runLater(field::requestFocus);
        return PromptCards.card(440, PromptCards.heading("Password needed"), who, reason, field, kept,
                PromptCards.buttons(cancel, login));
    }
}
