package org.incidentworkbench.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;

/** The look of the whole app: AtlantaFX Primer, light or dark. */
public enum Theme {
    LIGHT("Light", new PrimerLight().getUserAgentStylesheet()),
    DARK("Dark", new PrimerDark().getUserAgentStylesheet());

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Makes this theme the look of every window; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet);
    }

    /** The theme a stored preference names; light for anything else. */
    public static Theme fromPreference(String value) {
        return Arrays.stream(values()).filter(t -> t.name().toLowerCase(Locale.ROOT).equals(value)).findFirst().orElse(LIGHT);
    }

    public String preferenceValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
