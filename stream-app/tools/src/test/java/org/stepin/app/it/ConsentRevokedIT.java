package org.stepin.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.app.decide.YouthState;
import org.stepin.app.observe.MeterCounts;
import org.stepin.app.observe.MicrometerListener;
import org.stepin.app.run.PipelineRunner;
import org.stepin.app.topology.NodeNames;
import org.stepin.core.Detector;

/** Consent revoked mid-stream on a real broker: nothing after it is scored, and the youth's state is gone. */
class ConsentRevokedIT {
    private static final Instant T = Cluster.recent();

    @TempDir
    Path state;

    @Test
    @Timeout(180)
    void nothingAfterTheRevocationIsScoredAndTheStateIsDeleted() throws Exception {
        try (Cluster cluster = new Cluster(2)) {
            cluster.consent("y1", T.minus(Duration.ofDays(1)));
            cluster.consent("y2", T.minus(Duration.ofDays(1)));
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            MeterCounts counts = new MeterCounts(meters);
            try (PipelineRunner runner = new PipelineRunner(cluster.config("revoked"), Detector.packaged(),
                    new MicrometerListener(meters, Clock.systemUTC()), Cluster.instance(state))) {
                runner.start();
                assertThat(runner.awaitRunning(Duration.ofSeconds(60))).isTrue();
                cluster.message("before", "y1", T, "i cut myself again last night");
                cluster.flush();
                assertThat(cluster.readAll("caseworker-alerts", 1, Duration.ofSeconds(60))).hasSize(1);
                assertThat(youthState(runner, "y1")).isNotNull();

                cluster.revoke("y1", T.plusSeconds(60));
                for (int i = 0; i < 5; i++) {
                    cluster.message("after-" + i, "y1", T.plusSeconds(120 + i), "i want to die tonight");
                }
                cluster.message("other", "y2", T.plusSeconds(130), "i want to die tonight");
                cluster.flush();

                List<JsonNode> alerts = cluster.readUntil("caseworker-alerts",
                        read -> read.stream().anyMatch(alert -> alert.get("youthId").asText().equals("y2")),
                        Duration.ofSeconds(60));
                awaitCount(counts, "blocked.REVOKED", 5);
                assertThat(Alerts.byTriggeringEvent(alerts)).containsOnlyKeys("before", "other");
                assertThat(counts.count("blocked.REVOKED")).isEqualTo(5);
                assertThat(counts.count("scored.INBOUND")).isEqualTo(2);
                assertThat(youthState(runner, "y1")).isNull();
            }
        }
    }

    private static YouthState youthState(PipelineRunner runner, String youthId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                ReadOnlyKeyValueStore<String, YouthState> store = runner.streams().store(
                        StoreQueryParameters.fromNameAndType(NodeNames.YOUTH_STATE_STORE,
                                QueryableStoreTypes.<String, YouthState>keyValueStore()));
                return store.get(youthId);
            } catch (InvalidStateStoreException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void awaitCount(MeterCounts counts, String name, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (counts.count(name) < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
