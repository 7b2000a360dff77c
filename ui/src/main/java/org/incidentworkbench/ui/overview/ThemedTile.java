package org.incidentworkbench.ui.overview;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.paint.Color;

/**
 * A TilesFX tile that takes its colours from the stylesheet, so it follows the app's light or dark
 * theme the way every other control does (the theme is the user-agent stylesheet; switching it
 * restyles every node). TilesFX only takes colours in code, so these CSS properties hand the theme's
 * colours on to it; {@code overview.css} sets them from AtlantaFX's looked-up colours.
 */
final class ThemedTile extends Tile {

    private static final String TILESFX_STYLESHEET = Tile.class.getResource("tilesfx.css").toExternalForm();
    private static final StyleablePropertyFactory<ThemedTile> CSS = new StyleablePropertyFactory<>(Tile.getClassCssMetaData());

    // Defaults are PrimerLight's colours, for a tile shown without the workbench's stylesheets.
    private final StyleableObjectProperty<Color> background = colour("-iw-tile-background", t -> t.background,
            Color.web("#f6f8fa"), this::setBackgroundColor);
    private final StyleableObjectProperty<Color> border = colour("-iw-tile-border", t -> t.border,
            Color.web("#d0d7de"), this::setBorderColor);
    private final StyleableObjectProperty<Color> title = colour("-iw-tile-title", t -> t.title,
            Color.web("#1f2328"), this::setTitleColor);
    private final StyleableObjectProperty<Color> text = colour("-iw-tile-text", t -> t.text,
            Color.web("#0969da"), this::setTextColor);

    ThemedTile() {
        super(SkinType.CUSTOM);
        setBorderWidth(1);
    }

    /** A colour set from CSS property {@code name}, passed to the tile's own colour setter whenever it changes. */
    private StyleableObjectProperty<Color> colour(String name,
                                                  Function<ThemedTile, StyleableProperty<Color>> self,
                                                  Color initial, Consumer<Color> apply) {
        StyleableObjectProperty<Color> p = (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this,
                name.substring(1), name, self, initial);
        p.addListener((o, was, now) -> apply.accept(now));
        apply.accept(initial);
        return p;
    }

    /** TilesFX finds its stylesheet beside the tile's class, which for a subclass is the wrong package. */
    @Override
    public String getUserAgentStylesheet() {
        return TILESFX_STYLESHEET;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS.getCssMetaData();
    }
}
