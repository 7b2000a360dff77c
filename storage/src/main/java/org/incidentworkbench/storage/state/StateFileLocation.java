package org.incidentworkbench.storage.state;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the state file lives: the platform's config folder. Linux and other Unixes follow XDG
 * ({@code $XDG_CONFIG_HOME}, else {@code ~/.config}); macOS uses {@code ~/Library/Application
 * Support}; Windows uses {@code %APPDATA%}.
 */
public final class StateFileLocation {

    static final String APP_FOLDER = "incident-workbench";
    static final String FILE_NAME = "state.db";

    private StateFileLocation() {
    }

    public static Path resolve(Map<String, String> env, Path home, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path configFolder;
        if (os.startsWith("mac")) {
            configFolder = home.resolve("Library/Application Support");
        } else if (os.startsWith("windows")) {
            configFolder = present(env.get("APPDATA")) ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
        } else {
            configFolder = present(env.get("XDG_CONFIG_HOME")) ? Path.of(env.get("XDG_CONFIG_HOME")) : home.resolve(".config");
        }
        return configFolder.resolve(APP_FOLDER).resolve(FILE_NAME);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
