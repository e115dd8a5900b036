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
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.run.PipelineRunner;
import org.stepin.core.Detector;

/** Two instances share the partitions; one stops mid-stream; the other takes over: 0 lost, 0 duplicates. */
class RebalanceIT {
    private static final Instant T = Cluster.recent();
    private static final int YOUTHS = 40;
    private static final int EACH = 5;

    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    @Test
    @Timeout(240)
    void stoppingOneOfTwoInstancesLosesAndDuplicatesNothing() throws Exception {
        try (Cluster cluster = new Cluster(4)) {
            for (int y = 0; y < YOUTHS; y++) {
                cluster.consent("y" + y, T.minus(Duration.ofDays(1)));
            }
            PipelineConfig config = cluster.config("rebalance");
            Detector detector = Detector.packaged();
            PipelineRunner first = new PipelineRunner(config, detector, PipelineListener.NONE,
                    Cluster.instance(stateA));
            PipelineRunner second = new PipelineRunner(config, detector, PipelineListener.NONE,
                    Cluster.instance(stateB));
            try (first; second) {
                first.start();
                second.start();
                assertThat(first.awaitRunning(Duration.ofSeconds(60))).isTrue();
                assertThat(second.awaitRunning(Duration.ofSeconds(60))).isTrue();
                for (int m = 0; m < EACH; m++) {
                    for (int y = 0; y < YOUTHS; y++) {
                        cluster.message(Alerts.eventId(y, m), "y" + y, T.plusSeconds(60L * m + y),
                                "i want to die tonight");
                    }
                    cluster.flush();
                    if (m == 1) {
                        cluster.readAll("caseworker-alerts", YOUTHS, Duration.ofSeconds(60));
                        second.close(Duration.ofSeconds(30));
                    }
                }
                List<JsonNode> alerts = cluster.readAll("caseworker-alerts", YOUTHS * EACH, Duration.ofSeconds(120));
                Thread.sleep(2000);
                alerts = cluster.readAll("caseworker-alerts", YOUTHS * EACH + 1, Duration.ofSeconds(3));

                Map<String, Long> byEvent = Alerts.byTriggeringEvent(alerts);
                assertThat(byEvent).hasSize(YOUTHS * EACH);
                assertThat(byEvent.values()).allMatch(count -> count == 1L);
                assertThat(alerts).hasSize(YOUTHS * EACH);
            }
        }
    }
}
