package org.stepin.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed settings table is what the definition generates. To regenerate it after changing a key:
 * {@value #REGENERATE}.
 */
class SettingsDocTest {
    static final String REGENERATE = "./mvnw -B -q -ntp -pl stream-app -am test -Dtest=SettingsDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dstepin.settings.write=true";
    private static final Path FILE = Path.of("..").resolve(SettingsDoc.PATH);

    @Test
    void theCommittedSettingsTableIsTheGeneratedOne() throws IOException {
        String generated = SettingsDoc.markdown();
        if (Boolean.getBoolean("stepin.settings.write")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as(SettingsDoc.PATH + " is not what PipelineConfigDef generates; regenerate it with: " + REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyKeyAndTopicIsInTheTable() {
        String markdown = SettingsDoc.markdown();

        assertThat(PipelineConfigDef.configDef().names())
                .allSatisfy(key -> assertThat(markdown).contains("| `" + key + "` |"));
        assertThat(markdown).contains("| `stepin.alert.threshold` | string | `MODERATE` | LOW, MODERATE, HIGH,"
                + " IMMINENT | high |");
        assertThat(markdown).contains("| `stepin.topics.dead-letters` | `dead-letters` | 3 |");
        assertThat(markdown).contains("`retention.ms=604800000` (7 d)");
    }
}
