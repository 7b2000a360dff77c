package org.incidentworkbench.storage.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue: built-in profiles first, then the user's files; any file by its path. */
class SourceProfilesTest {

    @TempDir
    Path dir;

    @Test
    void userFilesFollowTheBuiltInOnesByFileName() {
        Path folder = dir.resolve("profiles");
        ProfileFiles.write(folder, "zeta", ProfileFiles.canonicalWith("Zeta layout", Map.of()));
        ProfileFiles.write(folder, "alpha", "{ not json");
        ProfileFiles.write(folder, "canonical", ProfileFiles.canonicalWith("shadow", Map.of()));
        SourceProfiles profiles = new SourceProfiles(folder);

        assertThat(profiles.names()).containsExactly("canonical", "seed-layout", "alpha", "zeta");
        assertThat(profiles.list()).extracting(SourceProfiles.Entry::name, SourceProfiles.Entry::origin)
                .containsExactly(tuple("canonical", "built-in"),
                        tuple("seed-layout", "built-in"),
                        tuple("alpha", folder.resolve("alpha.json").toString()),
                        tuple("zeta", folder.resolve("zeta.json").toString()));
        assertThat(profiles.list().get(2).description()).startsWith("does not load: profile \"alpha\"");
        assertThat(profiles.load("zeta").name()).isEqualTo("Zeta layout");
        assertThat(profiles.load("canonical").canonical()).isTrue();
        assertThat(profiles.load(folder.resolve("canonical.json").toString()).name()).isEqualTo("shadow");
    }

    @Test
    void aFileAnywhereLoadsByItsPathAndAMissingFolderHoldsNothing() {
        Path file = ProfileFiles.write(dir.resolve("elsewhere"), "mine", ProfileFiles.canonicalWith("mine", Map.of()));
        SourceProfiles profiles = SourceProfiles.besideStateFile(dir.resolve("config/state.db"));

        assertThat(profiles.folder()).isEqualTo(dir.resolve("config/profiles"));
        assertThat(profiles.names()).containsExactly("canonical", "seed-layout");
        SourceProfile mine = profiles.load(file.toString());
        assertThat(mine.file()).contains(file.toAbsolutePath());
        assertThat(mine.canonical()).isFalse();
    }
}
