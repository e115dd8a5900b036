package org.stepin.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once across a crash: the application runs as its own process from the runtime jar a deployment runs
 * ({@code java -jar stream-app/target/stream-app.jar run}, with its lib/), is killed with SIGKILL mid-stream, and
 * a new instance with the same application id takes over. Every alert-worthy event gives exactly one committed
 * alert.
 */
class ExactlyOnceCrashIT {
    private static final Instant T = Cluster.recent();
    private static final Path JAR = Path.of("../target/stream-app.jar");
    private static final int YOUTHS = 20;
    private static final int EACH = 8;

    @TempDir
    Path folder;

    @Test
    @Timeout(300)
    void aKilledInstanceLosesAndDuplicatesNothing() throws Exception {
        assertThat(JAR).as("the packaged application (run after mvn package)").isRegularFile();
        try (Cluster cluster = new Cluster(2)) {
            for (int y = 0; y < YOUTHS; y++) {
                cluster.consent("y" + y, T.minus(Duration.ofDays(1)));
            }
            Process first = start(cluster, "first");
            Process second = null;
            try {
                produce(cluster, 0);
                assertThat(cluster.readAll("caseworker-alerts", YOUTHS, Duration.ofSeconds(90)))
                        .as("the first instance is up and alerting").hasSizeGreaterThanOrEqualTo(YOUTHS);
                for (int m = 1; m < EACH; m++) {
                    produce(cluster, m);
                    if (m == EACH / 2) {
                        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                        second = start(cluster, "second");
                    }
                }
                cluster.readAll("caseworker-alerts", YOUTHS * EACH, Duration.ofSeconds(180));
                Thread.sleep(2000);
                List<JsonNode> alerts = cluster.readAll("caseworker-alerts", YOUTHS * EACH + 1,
                        Duration.ofSeconds(3));

                Map<String, Long> byEvent = Alerts.byTriggeringEvent(alerts);
                assertThat(byEvent).as("alert-worthy events with an alert").hasSize(YOUTHS * EACH);
                assertThat(byEvent.values()).as("alerts per event").allMatch(count -> count == 1L);
                assertThat(alerts).hasSize(YOUTHS * EACH);
                assertThat(first.exitValue()).as("the first instance was killed, not stopped").isNotZero();
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroy();
                    second.waitFor(60, TimeUnit.SECONDS);
                }
                keepLogs();
            }
        }
    }

    /** The two processes' logs (no message content: the application never logs it) for a failed run. */
    private void keepLogs() throws IOException {
        Path logs = Files.createDirectories(Path.of("target/it-logs"));
        for (String name : List.of("first", "second")) {
            Path log = folder.resolve(name + ".log");
            if (Files.exists(log)) {
                Files.copy(log, logs.resolve("crash-" + name + ".log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void produce(Cluster cluster, int m) throws InterruptedException {
        for (int y = 0; y < YOUTHS; y++) {
            cluster.message(Alerts.eventId(y, m), "y" + y, T.plusSeconds(60L * m + y), "i want to die tonight");
            Thread.sleep(15);
        }
        cluster.flush();
    }

    private Process start(Cluster cluster, String name) throws IOException {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("stepin.channels", Cluster.CHANNEL + ":instagram");
        config.put("kafka.bootstrap.servers", cluster.kafka.bootstrapServers());
        config.put("kafka.application.id", "crash");
        config.put("kafka.commit.interval.ms", "100");
        config.put("kafka.state.dir", Files.createDirectories(folder.resolve("state-" + name)).toString());
        Path file = Cluster.write(folder.resolve(name + ".properties"), config);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-DSTEPIN_LOG_LEVEL=INFO", "-jar", JAR.toString(), "run",
                "--config", file.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile()).start();
    }
}
