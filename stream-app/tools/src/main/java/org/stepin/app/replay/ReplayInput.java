package org.stepin.app.replay;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One line of a replay input file, as the record it stands for: the key is the line's {@code youthId} and the
 * timestamp its time field, when they can be read; otherwise the line still goes through, so the topology's own
 * validation sends it to dead letters with its reason, exactly as on a live cluster.
 *
 * @param lineNumber the line's number in its file, from 1
 * @param key the record key (youth id), or null when the line has none
 * @param value the line's bytes
 * @param timestamp the record timestamp
 */
public record ReplayInput(int lineNumber, byte[] key, byte[] value, Instant timestamp) {
    /** The key given to a line that is not a JSON object, so the dead letter names the JSON problem. */
    public static final String UNREADABLE_KEY = "unreadable-line";

    public ReplayInput {
        requireNonNull(value, "value");
        requireNonNull(timestamp, "timestamp");
    }

    /**
     * The record for {@code line}, keyed by its {@code youthId}, timed by {@code timeField}, or by {@code previous}
     * when that cannot be read.
     */
    public static ReplayInput of(int lineNumber, String line, String timeField, Instant previous,
                                 ObjectMapper mapper) {
        String youthId = null;
        Instant time = previous;
        try {
            JsonNode node = mapper.readTree(line);
            if (node != null && node.path("youthId").isTextual()) {
                youthId = node.get("youthId").textValue();
            }
            if (node == null || !node.isObject()) {
                youthId = UNREADABLE_KEY;
            }
            if (node != null && node.path(timeField).isTextual()) {
                time = OffsetDateTime.parse(node.get(timeField).textValue()).toInstant();
            }
        } catch (IOException e) {
            youthId = UNREADABLE_KEY;
        } catch (DateTimeParseException e) {
            // left to the topology's validation, which names the problem in the dead letter
        }
        return new ReplayInput(lineNumber, youthId == null ? null : youthId.getBytes(StandardCharsets.UTF_8),
                line.getBytes(StandardCharsets.UTF_8), time);
    }
}
