package org.stepin.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.stepin.app.topics.TopicRole;
import org.stepin.app.topics.Topics;

/**
 * The demo's sample conversations (written by the team, {@code stepin/demo/scenario.jsonl}): each line a record
 * at a simulated offset ({@code "at": "P1DT16H05M"}) from the start, with time fields written as offsets too.
 * Placed in real time so the last record is "now": the story happened over the past days and arrives at the
 * demo's pace. A line is a consent or message {@code value}, a {@code tombstone}, or {@code raw} bytes for the
 * malformed records.
 */
public final class Scenario {
    /** The packaged scenario. */
    public static final String RESOURCE = "/stepin/demo/scenario.jsonl";
    private static final List<String> TIME_FIELDS = List.of("validFrom", "validUntil", "recordedAt", "sentAt");

    private final List<ScenarioRecord> records;

    private Scenario(List<ScenarioRecord> records) {
        this.records = List.copyOf(records);
    }

    /** The packaged scenario, ending at {@code end}, onto {@code topics}. */
    public static Scenario packaged(Instant end, Topics topics, ObjectMapper mapper) {
        try (InputStream in = Scenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo scenario " + RESOURCE + " is not packaged");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<JsonNode> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(mapper.readTree(line));
                }
            }
            return resolve(lines, end, topics, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo scenario", e);
        }
    }

    /** The records, in playing order. */
    public List<ScenarioRecord> records() {
        return records;
    }

    static Scenario resolve(List<JsonNode> lines, Instant end, Topics topics, ObjectMapper mapper)
            throws IOException {
        Duration span = Duration.ZERO;
        for (JsonNode line : lines) {
            Duration at = Duration.parse(line.get("at").asText());
            span = at.compareTo(span) > 0 ? at : span;
        }
        Instant start = end.minus(span);
        Map<String, String> names = new HashMap<>();
        for (TopicRole role : TopicRole.values()) {
            names.put(role.key(), topics.name(role));
        }
        List<ScenarioRecord> records = new ArrayList<>(lines.size());
        for (JsonNode line : lines) {
            Instant at = start.plus(Duration.parse(line.get("at").asText()));
            String topic = names.getOrDefault(line.get("topic").asText(), line.get("topic").asText());
            byte[] value = null;
            String key = line.path("key").asText(null);
            if (line.has("raw")) {
                value = line.get("raw").asText().getBytes(StandardCharsets.UTF_8);
            } else if (line.has("value")) {
                ObjectNode event = ((ObjectNode) line.get("value")).deepCopy();
                placeTimes(event, start, at);
                key = key == null ? event.path("youthId").asText(null) : key;
                value = mapper.writeValueAsBytes(event);
            }
            records.add(new ScenarioRecord(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                    value, at));
        }
        return new Scenario(records);
    }

    private static void placeTimes(ObjectNode event, Instant start, Instant at) {
        if (event.has("text") && !event.has("sentAt")) {
            event.put("sentAt", at.toString());
        }
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = event.get(name);
            if (TIME_FIELDS.contains(name) && value.isTextual() && value.asText().startsWith("P")) {
                try {
                    event.put(name, start.plus(Duration.parse(value.asText())).toString());
                } catch (DateTimeParseException e) {
                    // not an offset: left as written
                }
            }
        }
    }
}
