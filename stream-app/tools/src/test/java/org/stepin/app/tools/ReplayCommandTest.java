package org.stepin.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONSENT = "{\"youthId\":\"%s\",\"status\":\"GRANTED\",\"channels\":[\"agency-ig\"],"
            + "\"grantedBy\":\"YOUTH\",\"validFrom\":\"2026-03-01T00:00:00Z\",\"validUntil\":%s,"
            + "\"birthYear\":2010,\"assignedCaseworker\":\"cw-1\",\"recordedAt\":\"2026-03-01T00:00:00Z\"}";
    private static final String EVENT = "{\"eventId\":\"%s\",\"youthId\":\"%s\",\"channelId\":\"agency-ig\","
            + "\"platform\":\"instagram\",\"direction\":\"INBOUND\",\"conversationId\":\"c\",\"sentAt\":\"%s\","
            + "\"text\":\"%s\"}";

    @TempDir
    Path folder;

    @Test
    void printsEveryAlertTheHistoryWouldHaveRaisedAtItsTime() throws IOException {
        Path consents = write("consents.jsonl", String.format(CONSENT, "y1", "null"),
                String.format(CONSENT, "y2", "\"2026-03-02T00:00:00Z\""));
        Path events = write("events.jsonl",
                String.format(EVENT, "e1", "y1", "2026-03-02T20:00:00Z", "i feel so hopeless lately"),
                String.format(EVENT, "e2", "y1", "2026-03-02T20:05:00Z", "i want to die tonight"),
                String.format(EVENT, "e3", "y2", "2026-03-02T20:06:00Z", "i want to die tonight"),
                String.format(EVENT, "e4", "y3", "2026-03-02T20:07:00Z", "i want to die tonight"),
                "{\"eventId\": \"e5\", broken",
                String.format(EVENT, "e6", "y1", "2026-03-02T20:10:00Z", "see you at the club"));

        CommandRun run = CommandRun.of("replay", "--events", events.toString(), "--consents", consents.toString(),
                "--channels", "agency-ig");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> alerts = lines(run.out());
        assertThat(alerts).extracting(alert -> alert.get("triggeringEventIds").get(0).asText() + "/"
                + alert.get("severity").asText() + "/" + alert.get("detectedAt").asText())
                .containsExactly("e1/MODERATE/2026-03-02T20:00:00Z", "e2/IMMINENT/2026-03-02T20:05:00Z");
        assertThat(run.err()).contains("events.jsonl:5: MALFORMED_JSON")
                .contains("blocked.EXPIRED=1").contains("blocked.NO_CONSENT=1").contains("2 alert(s)");
    }

    @Test
    void withoutAnAllowedChannelItRefusesToGuess() throws IOException {
        Path consents = write("consents.jsonl", String.format(CONSENT, "y1", "null"));
        Path events = write("events.jsonl",
                String.format(EVENT, "e1", "y1", "2026-03-02T20:00:00Z", "i want to die tonight"));

        CommandRun run = CommandRun.of("replay", "--events", events.toString(), "--consents", consents.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--channels");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadConfigValueStopsItNamingTheKey() throws IOException {
        Path consents = write("consents.jsonl", String.format(CONSENT, "y1", "null"));
        Path events = write("events.jsonl",
                String.format(EVENT, "e1", "y1", "2026-03-02T20:00:00Z", "i want to die tonight"));
        Path config = write("detector.properties", "stepin.alert.suppression=six hours");

        CommandRun run = CommandRun.of("replay", "--events", events.toString(), "--consents", consents.toString(),
                "--channels", "agency-ig", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad configuration: stepin.alert.suppression");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(MAPPER.readTree(line));
            }
        }
        return nodes;
    }
}
