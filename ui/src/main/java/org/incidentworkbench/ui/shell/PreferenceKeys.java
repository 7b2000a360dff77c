package org.incidentworkbench.ui.shell;

/** The names under which the shell remembers the user's choices in the app's state store. */
final class PreferenceKeys {

    static final String THEME = "theme";
    static final String TIME_ZONE = "time-zone";
    static final String WINDOW_WIDTH = "window-width";
    static final String WINDOW_HEIGHT = "window-height";

    static final String ZONE_UTC = "utc";
    static final String ZONE_LOCAL = "local";

    private PreferenceKeys() {
    }
}
