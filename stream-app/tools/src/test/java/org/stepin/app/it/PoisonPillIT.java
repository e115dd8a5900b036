package org.stepin.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.app.observe.MeterCounts;
import org.stepin.app.observe.MicrometerListener;
import org.stepin.app.run.PipelineRunner;
import org.stepin.core.Detector;

/** Poison pills of every kind, under exactly-once on a real broker: each a dead letter, the good ones scored. */
class PoisonPillIT {
    private static final Instant T = Cluster.recent();
    private static final String HIGH = "i cut myself again last night";

    @TempDir
    Path state;

    @Test
    @Timeout(180)
    void everyPoisonPillIsADeadLetterWithItsReasonAndTheGoodMessagesAroundThemAreScored() throws Exception {
        try (Cluster cluster = new Cluster(2)) {
            for (int i = 0; i < 8; i++) {
                cluster.consent("y" + i, T.minus(Duration.ofDays(1)));
            }
            String good = "{\"eventId\":\"x\",\"youthId\":\"y0\",\"channelId\":\"agency-ig\","
                    + "\"platform\":\"instagram\","
                    + "\"direction\":\"INBOUND\",\"conversationId\":\"c\",\"sentAt\":\"%s\",\"text\":%s}";
            Map<String, byte[]> pills = new java.util.LinkedHashMap<>();
            pills.put("MALFORMED_JSON", Cluster.bytes("{\"eventId\": \"p1\", "));
            pills.put("MISSING_FIELD", Cluster.bytes("{\"eventId\":\"p2\",\"youthId\":\"y0\"}"));
            pills.put("WRONG_TYPE", Cluster.bytes(String.format(good, T, "42")));
            pills.put("UNKNOWN_ENUM", Cluster.bytes(String.format(good, T, "\"hi\"").replace("INBOUND", "SIDEWAYS")));
            pills.put("TOO_LARGE", Cluster.bytes(String.format(good, T, "\"" + "a".repeat(10_001) + "\"")));
            pills.put("BAD_UTF8", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
            pills.put("NULL_VALUE", null);
            int i = 0;
            for (Map.Entry<String, byte[]> pill : pills.entrySet()) {
                cluster.message("good-" + i, "y" + i, T.plusSeconds(i), HIGH);
                cluster.sendRaw("messages", Cluster.bytes("y" + i), pill.getValue(), T.plusSeconds(i));
                i++;
            }
            cluster.sendRaw("messages", null, Cluster.bytes(String.format(good, T, "\"hi\"")), T);
            cluster.send("messages", "y1", String.format(good, T, "\"hi\""), T);
            cluster.message("good-" + i, "y" + i, T.plusSeconds(i), HIGH);
            cluster.flush();

            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            MeterCounts counts = new MeterCounts(meters);
            try (PipelineRunner runner = new PipelineRunner(cluster.config("poison"), Detector.packaged(),
                    new MicrometerListener(meters, Clock.systemUTC()), Cluster.instance(state))) {
                runner.start();
                List<JsonNode> alerts = cluster.readAll("caseworker-alerts", 8, Duration.ofSeconds(90));
                List<JsonNode> letters = cluster.readAll("dead-letters", 9, Duration.ofSeconds(30));

                assertThat(alerts).extracting(alert -> alert.get("triggeringEventIds").get(0).asText())
                        .containsExactlyInAnyOrder("good-0", "good-1", "good-2", "good-3", "good-4", "good-5",
                                "good-6", "good-7");
                Map<String, Long> kinds = letters.stream().collect(Collectors.groupingBy(
                        letter -> letter.get("errorKind").asText(), Collectors.counting()));
                assertThat(kinds).containsOnly(Map.entry("MALFORMED_JSON", 1L), Map.entry("MISSING_FIELD", 1L),
                        Map.entry("WRONG_TYPE", 1L), Map.entry("UNKNOWN_ENUM", 1L), Map.entry("TOO_LARGE", 1L),
                        Map.entry("BAD_UTF8", 1L), Map.entry("NULL_VALUE", 1L), Map.entry("NULL_KEY", 1L),
                        Map.entry("KEY_MISMATCH", 1L));
                assertThat(letters).allSatisfy(letter -> {
                    assertThat(letter.get("sourceTopic").asText()).isEqualTo("messages");
                    assertThat(letter.get("reason").asText()).isNotBlank();
                    assertThat(letter.get("offset").asLong()).isNotNegative();
                });
                assertThat(counts.count("deadLetter.KEY_MISMATCH")).isEqualTo(1);
            }
        }
    }
}
