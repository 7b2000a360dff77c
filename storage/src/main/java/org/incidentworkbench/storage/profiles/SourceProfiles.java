package org.incidentworkbench.storage.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incidentworkbench.analysis.source.SourceException;

/**
 * The source profiles a user can choose: the built-in ones ({@value #CANONICAL} first) and the
 * {@code .json} files in the user's profiles folder, named by their file name without
 * {@code .json}; any other profile file can be given by its path. A built-in name wins over a file
 * of the same name (that file is still reachable by its path).
 */
public final class SourceProfiles {

    /** The incident schema itself, as {@code workbench db init} creates it. */
    public static final String CANONICAL = "canonical";
    /** The layout of the storage-design seed: metrics, logs, traces, kb_docs and an AGE graph or edge table. */
    public static final String SEED_LAYOUT = "seed-layout";

    private static final Map<String, SourceProfile> BUILT_IN = builtIn(CANONICAL, SEED_LAYOUT);
    private static final String EXTENSION = ".json";

    private final Path folder;

    /** @param folder the user's profiles folder; it need not exist */
    public SourceProfiles(Path folder) {
        this.folder = folder;
    }

    /** The profiles folder beside the app's state file, in the platform's config folder. */
    public static SourceProfiles besideStateFile(Path stateFile) {
        return new SourceProfiles(stateFile.resolveSibling("profiles"));
    }

    public static SourceProfile canonical() {
        return BUILT_IN.get(CANONICAL);
    }

    public Path folder() {
        return folder;
    }

    /** Every profile's name: the built-in ones, then the user's files by name. */
    public List<String> names() {
        List<String> names = new ArrayList<>(BUILT_IN.keySet());
        userFiles().map(SourceProfiles::nameOf).filter(n -> !BUILT_IN.containsKey(n)).forEach(names::add);
        return names;
    }

    /** Every profile with where it comes from and what it is for; a user file that does not load says why. */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        BUILT_IN.values().forEach(p -> entries.add(new Entry(p.name(), p.origin(), p.description())));
        userFiles().filter(f -> !BUILT_IN.containsKey(nameOf(f))).forEach(f -> {
            try {
                entries.add(new Entry(nameOf(f), f.toString(), read(f).description()));
            } catch (SourceException e) {
                entries.add(new Entry(nameOf(f), f.toString(), "does not load: " + e.getMessage().lines().findFirst().orElse("")));
            }
        });
        return entries;
    }

    /** A profile as {@link #list} shows it. */
    public record Entry(String name, String origin, String description) {
    }

    /**
     * The profile called {@code nameOrFile}: a built-in one, a file in the profiles folder, or the
     * profile file at that path.
     *
     * @throws ProfileException when the profile's file does not read as a profile (every problem listed)
     * @throws SourceException when there is no such profile or its file cannot be read
     */
    public SourceProfile load(String nameOrFile) {
        SourceProfile builtIn = BUILT_IN.get(nameOrFile);
        if (builtIn != null) {
            return builtIn;
        }
        Path inFolder = folder.resolve(nameOrFile + EXTENSION);
        if (!nameOrFile.contains("/") && !nameOrFile.contains("\\") && Files.isRegularFile(inFolder)) {
            return read(inFolder);
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return read(file.toAbsolutePath());
        }
        throw new SourceException("There is no source profile \"" + nameOrFile + "\": the built-in profiles are "
                + String.join(" and ", BUILT_IN.keySet()) + ", and " + folder + " holds no " + nameOrFile + EXTENSION
                + " (a profile file can also be given by its path).");
    }

    private static SourceProfile read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException("Cannot read the source profile " + file + ": " + e.getMessage() + ".", e);
        }
        return ProfileReader.read(json, nameOf(file), file);
    }

    private Stream<Path> userFiles() {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(f))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new SourceException("Cannot list the source profiles in " + folder + ": " + e.getMessage() + ".", e);
        }
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    private static Map<String, SourceProfile> builtIn(String... names) {
        Map<String, SourceProfile> profiles = new LinkedHashMap<>();
        for (String name : names) {
            try (InputStream in = SourceProfiles.class.getResourceAsStream(name + EXTENSION)) {
                if (in == null) {
                    throw new IllegalStateException("built-in profile missing from the build: " + name);
                }
                profiles.put(name, ProfileReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return profiles;
    }
}
