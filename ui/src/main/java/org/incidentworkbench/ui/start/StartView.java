package org.incidentworkbench.ui.start;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.incidentworkbench.analysis.state.RecentSource;
import org.incidentworkbench.analysis.state.RecentWorkspace;
import org.incidentworkbench.ui.shell.ShellViewModel;
import org.incidentworkbench.ui.time.TimeZoneSetting;

/**
 * The start page: connect to a database, open a snapshot (button or drop) or the sample incident,
 * or open a saved connection or something recent.
 */
public final class StartView extends VBox {

    public StartView(ShellViewModel shell) {
        Label title = new Label("Incident Workbench");
        title.getStyleClass().add("page-title");
        Label subtitle = new Label("Connect to a live PostgreSQL or TimescaleDB database, or open an incident snapshot"
                + " (.duckdb) — or drop one onto this window — to work an incident offline.");
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);

        Button connect = new Button("Connect to database…");
        connect.setId("connect-database");
        connect.setOnAction(e -> shell.newConnection());
        Button open = new Button("Open snapshot…");
        open.setId("open-snapshot");
        open.setDefaultButton(true);
        open.setOnAction(e -> chooseFile(shell));
        Button sample = new Button("Open sample incident");
        sample.setId("open-sample");
        sample.setOnAction(e -> shell.openSample());
        HBox actions = new HBox(10, connect, open, sample);

        StartViewModel model = shell.start();
        TimeZoneSetting zone = shell.timeZone();
        ListView<RecentSource> sources = recentList("recent-sources", model.recentSources(),
                s -> s.label() + "\n" + s.location(), shell::reopen);
        ListView<RecentWorkspace> workspaces = recentList("recent-workspaces", model.recentWorkspaces(),
                w -> w.title() + "\n" + shell.sourceName(w) + " · opened " + zone.dateTime(w.lastOpened()),
                shell::reopen);
        HBox recents = new HBox(16, card("Saved connections", SavedConnectionList.of(shell)),
                card("Recent snapshots", sources), card("Recent workspaces", workspaces));
        VBox.setVgrow(recents, Priority.ALWAYS);

        getChildren().addAll(title, subtitle, actions, recents);
        setSpacing(14);
        setPadding(new Insets(32, 40, 32, 40));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(1240);
    }

    private static void chooseFile(ShellViewModel shell) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an incident snapshot");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Incident snapshots (*.duckdb)", "*.duckdb"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(null);
        if (file != null) {
            shell.openSnapshot(file.toPath());
        }
    }

    private static VBox card(String heading, ListView<?> list) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-heading");
        VBox card = new VBox(8, label, list);
        card.getStyleClass().add("card");
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setPrefWidth(360);
        return card;
    }

    /** A list that opens its item on a click; two lines per item. */
    private static <T> ListView<T> recentList(String id, ObservableList<T> items,
                                              Function<T, String> text, Consumer<T> open) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label("Nothing opened yet"));
        list.setCellFactory(v -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : text.apply(item));
                }
            };
            // The list's width sizes the cell: a long path ends in an ellipsis instead of scrolling sideways.
            cell.setPrefWidth(0);
            cell.setOnMouseClicked(e -> {
                if (!cell.isEmpty()) {
                    open.accept(cell.getItem());
                }
            });
            return cell;
        });
        return list;
    }
}
