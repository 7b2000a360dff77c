package org.incidentworkbench.ui.overview;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The overview's tiles (TilesFX), one per figure, laid out in rows; a click opens the figure's section. */
final class OverviewView extends VBox {

    static final double TILE_WIDTH = 300;
    static final double TILE_HEIGHT = 190;
    private static final Color NORMAL = Color.web("#4aa8ff");
    private static final Color UNUSUAL = Color.web("#ff7b72");

    private final OverviewViewModel model;
    private final TilePane tiles = new TilePane(14, 14);

    OverviewView(OverviewViewModel model) {
        this.model = model;
        Label baseline = new Label();
        baseline.getStyleClass().add("overview-baseline");
        baseline.textProperty().bind(model.baselineText());
        tiles.setPrefColumns(3);
        tiles.setPrefTileWidth(TILE_WIDTH);
        tiles.setPrefTileHeight(TILE_HEIGHT);
        tiles.setId("overview-tiles");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        tiles.getChildren().setAll(loading);
        model.tiles().addListener((ListChangeListener<OverviewTile>) c -> show(model.tiles()));
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(baseline, scroll);
        setSpacing(12);
        setPadding(new Insets(16));
        getStyleClass().add("overview");
    }

    private void show(List<OverviewTile> figures) {
        tiles.getChildren().setAll(figures.stream().map(this::tile).toList());
    }

    private Node tile(OverviewTile figure) {
        Label value = new Label(figure.value());
        value.setStyle("-fx-font-size: 30px; -fx-font-weight: bold; -fx-text-fill: "
                + (figure.unusual() ? "#ff7b72" : "white") + ";");
        value.setId("value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        // The unit is set smaller beside the number, so a long unit never truncates the number.
        Label unit = new Label(figure.unit());
        unit.setStyle("-fx-font-size: 15px; -fx-text-fill: #c9d1d9;");
        HBox reading = new HBox(6, value, unit);
        reading.setAlignment(Pos.BASELINE_LEFT);
        Label comparison = new Label(figure.comparison());
        comparison.setStyle("-fx-font-size: 13px; -fx-text-fill: #c9d1d9;");
        VBox body = new VBox(4, reading, comparison);
        if (figure.sparkline().length > 0) {
            body.getChildren().add(new Sparkline(figure.sparkline(), figure.unusual() ? UNUSUAL : NORMAL));
        }
        boolean link = model.canOpen(figure);
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(TILE_WIDTH, TILE_HEIGHT)
                .title(figure.title())
                .text(link ? "Show in " + figure.target().section().title() + " →" : "")
                .graphic(body)
                .roundedCorners(true)
                .build();
        tile.getStyleClass().add("overview-tile");
        tile.setId("tile-" + figure.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (link) {
            tile.setCursor(Cursor.HAND);
            Tooltip.install(tile, new Tooltip("Open " + figure.title().toLowerCase(Locale.ROOT) + " in "
                    + figure.target().section().title()));
            tile.setOnMouseClicked(e -> model.open(figure));
        }
        return tile;
    }
}
