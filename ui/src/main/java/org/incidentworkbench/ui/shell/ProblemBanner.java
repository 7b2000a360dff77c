package org.incidentworkbench.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.incidentworkbench.ui.problems.Problem;
import org.incidentworkbench.ui.problems.Problems;

/** The one place problems appear: a banner across the top of the window until the user dismisses it. */
final class ProblemBanner extends HBox {

    ProblemBanner(Problems problems) {
        Label task = new Label();
        task.getStyleClass().add("problem-task");
        task.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setWrapText(true);
        message.setId("problem-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-problem");
        dismiss.setOnAction(e -> problems.dismiss());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(task, message, dismiss);
        getStyleClass().add("problem-banner");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        show(problems.currentProperty().get(), task, message);
        problems.currentProperty().addListener((o, was, now) -> show(now, task, message));
    }

    private void show(Problem problem, Label task, Label message) {
        setVisible(problem != null);
        setManaged(problem != null);
        task.setText(problem == null ? "" : problem.task() + " failed:");
        message.setText(problem == null ? "" : problem.message());
    }
}
