package org.stepin.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.run.PipelineRunner;
import org.stepin.core.Detector;

/** The broker restarts mid-stream on the same log folders; the application rides it out: 0 lost, 0 duplicates. */
class BrokerRestartIT {
    private static final Instant T = Cluster.recent();
    private static final int YOUTHS = 20;
    private static final int EACH = 6;

    @TempDir
    Path state;

    @Test
    @Timeout(300)
    void aBrokerRestartLosesAndDuplicatesNothing() throws Exception {
        try (Cluster cluster = new Cluster(2)) {
            for (int y = 0; y < YOUTHS; y++) {
                cluster.consent("y" + y, T.minus(Duration.ofDays(1)));
            }
            try (PipelineRunner runner = new PipelineRunner(cluster.config("restart"), Detector.packaged(),
                    PipelineListener.NONE, Cluster.instance(state))) {
                runner.start();
                assertThat(runner.awaitRunning(Duration.ofSeconds(60))).isTrue();
                for (int m = 0; m < EACH; m++) {
                    for (int y = 0; y < YOUTHS; y++) {
                        cluster.message(Alerts.eventId(y, m), "y" + y, T.plusSeconds(60L * m + y),
                                "i want to die tonight");
                    }
                    cluster.flush();
                    if (m == EACH / 2) {
                        cluster.kafka.stop();
                        Thread.sleep(2000);
                        cluster.kafka.restart();
                    }
                }
                cluster.readAll("caseworker-alerts", YOUTHS * EACH, Duration.ofSeconds(150));
                Thread.sleep(2000);
                List<JsonNode> alerts = cluster.readAll("caseworker-alerts", YOUTHS * EACH + 1, Duration.ofSeconds(3));

                Map<String, Long> byEvent = Alerts.byTriggeringEvent(alerts);
                assertThat(byEvent).hasSize(YOUTHS * EACH);
                assertThat(byEvent.values()).allMatch(count -> count == 1L);
                assertThat(alerts).hasSize(YOUTHS * EACH);
            }
        }
    }
}
