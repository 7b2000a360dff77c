package org.incidentworkbench.ui.overview;

import eu.hansolo.tilesfx.Tile;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.incidentworkbench.ui.charts.Sparkline;

/**
 * The overview's tiles (TilesFX), one per figure, laid out in rows, and under them the card of what
 * changed in the logs; a click opens the figure's section.
 * Colours come from {@code overview.css}, so the tiles follow the theme.
 */
final class OverviewView extends VBox {

    static final double TILE_WIDTH = 300;
    static final double TILE_HEIGHT = 200;

    private final OverviewViewModel model;
    private final TilePane tiles = new TilePane(14, 14);

    OverviewView(OverviewViewModel model, Node logChanges) {
        this.model = model;
        Label baseline = new Label();
        baseline.getStyleClass().add("overview-baseline");
        baseline.textProperty().bind(model.baselineText());
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setPrefTileHeight(TILE_HEIGHT);
        tiles.setId("overview-tiles");
        model.statusProperty().addListener((o, was, now) -> show(now));
        show(model.statusProperty().get());
        VBox content = new VBox(14, tiles, logChanges);
        content.setMaxWidth(3 * TILE_WIDTH + 2 * 14);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(baseline, scroll);
        setSpacing(12);
        setPadding(new Insets(16));
        getStyleClass().add("overview");
        getStylesheets().add(OverviewView.class.getResource("overview.css").toExternalForm());
    }

    private void show(OverviewViewModel.Status status) {
        switch (status) {
            case LOADING -> {
                ProgressIndicator loading = new ProgressIndicator();
                loading.setMaxSize(48, 48);
                tiles.getChildren().setAll(loading);
            }
            case LOADED -> tiles.getChildren().setAll(model.tiles().stream().map(this::tile).toList());
            case FAILED -> tiles.getChildren().setAll(failure());
        }
    }

    private Node failure() {
        Label message = label(model.failureProperty().get(), "overview-failure");
        message.setWrapText(true);
        message.setMaxWidth(3 * TILE_WIDTH);
        Button retry = new Button("Try again");
        retry.setId("overview-retry");
        retry.setOnAction(e -> model.load());
        VBox box = new VBox(10, message, retry);
        box.setId("overview-failed");
        return box;
    }

    private Node tile(OverviewTile figure) {
        Label caption = label(figure.caption(), "tile-caption");
        Label value = label(figure.value(), "tile-value");
        value.setId("value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        if (figure.unusual()) {
            value.getStyleClass().add("unusual");
        }
        // The unit is set smaller beside the number, so a long unit never truncates the number.
        HBox reading = new HBox(6, value, label(figure.unit(), "tile-unit"));
        reading.setAlignment(Pos.BASELINE_LEFT);
        VBox body = new VBox(2, caption, reading, label(figure.comparison(), "tile-comparison"));
        if (figure.sparkline().length > 0) {
            body.getChildren().add(new Sparkline(figure.sparkline(), figure.unusual(), Sparkline.Scale.FROM_MIN));
        }
        boolean link = model.canOpen(figure);
        Tile tile = new ThemedTile();
        tile.setPrefSize(TILE_WIDTH, TILE_HEIGHT);
        tile.setTitle(figure.title());
        tile.setText(link ? "Show in " + figure.target().section().title() + " →" : "");
        tile.setGraphic(body);
        tile.setRoundedCorners(true);
        tile.getStyleClass().add("overview-tile");
        tile.setId("tile-" + figure.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (link) {
            tile.setCursor(Cursor.HAND);
            Tooltip.install(tile, new Tooltip("Open " + figure.title().toLowerCase(Locale.ROOT)
                    + (figure.caption().isEmpty() ? "" : " of " + figure.caption()) + " in "
                    + figure.target().section().title()));
            tile.setOnMouseClicked(e -> model.open(figure));
        }
        return tile;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
