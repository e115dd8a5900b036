package org.stepin.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsCommandTest {
    @TempDir
    Path folder;

    @Test
    void aBadTopicSettingStopsItNamingTheKey() throws IOException {
        Path config = write("kafka.bootstrap.servers=localhost:1\nstepin.topics.partitions=0\n");

        CommandRun run = CommandRun.of("topics", "create", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad configuration: stepin.topics.partitions: must be between 1 and 10000");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theClusterMustBeNamed() throws IOException {
        Path config = write("stepin.topics.alerts=alerts-v2\n");

        CommandRun run = CommandRun.of("topics", "create", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad configuration: kafka.bootstrap.servers");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("detector.properties"), text, StandardCharsets.UTF_8);
    }
}
