package org.incidentworkbench.ui.workspace;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.ui.incidents.SeverityBadge;

/** A workspace: its header, the navigation of the sections it was given, and the section shown. */
public final class WorkspaceView extends BorderPane {

    private final StackPane content = new StackPane();

    public WorkspaceView(WorkspaceViewModel model, Runnable backToIncidents) {
        setTop(header(model, backToIncidents));
        setLeft(navigation(model.sections()));
        content.setId("section-content");
        setCenter(content);
        showCurrent(model.sections());
        model.sections().selectedProperty().addListener((o, was, now) -> showCurrent(model.sections()));
    }

    private static Node header(WorkspaceViewModel model, Runnable backToIncidents) {
        Button back = new Button("← Incidents");
        back.setId("back-to-incidents");
        back.setOnAction(e -> backToIncidents.run());
        Label title = new Label(model.title());
        title.setId("workspace-title");
        title.getStyleClass().add("workspace-title");
        title.setWrapText(true);
        Label service = new Label(model.service());
        service.getStyleClass().add("section-heading");
        Label status = new Label(model.status());
        status.getStyleClass().add("status-pill");
        Label window = new Label();
        window.setId("workspace-window");
        window.textProperty().bind(model.window());
        window.getStyleClass().add("muted");
        HBox facts = new HBox(10, SeverityBadge.of(model.incident().severity()), service, status, window);
        facts.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(6, title, facts);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(14, back, text);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("workspace-header");
        return header;
    }

    private static Node navigation(WorkspaceSections sections) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        for (Section s : sections.available()) {
            ToggleButton button = new ToggleButton(s.title());
            button.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            // A long title ("What changed in the logs") takes two lines rather than an ellipsis.
            button.setWrapText(true);
            button.setSelected(s == sections.selectedProperty().get());
            button.setOnAction(e -> sections.show(s));
            sections.selectedProperty().addListener((o, was, now) -> button.setSelected(now == s));
            nav.getChildren().add(button);
        }
        nav.getStyleClass().add("workspace-nav");
        nav.setPadding(new Insets(10, 6, 10, 6));
        return nav;
    }

    private void showCurrent(WorkspaceSections sections) {
        SectionView current = sections.current();
        content.getChildren().setAll(current == null ? new Label("No sections") : current.node());
    }
}
