package org.stepin.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.stepin.app.serde.Json;

/**
 * The JSON of the benchmark's input events, as the contracts in {@code DESIGN.md} define them: consents granted
 * by the youth on the one allowed channel, and inbound messages on it. Thread-safe.
 */
final class BenchEvents {
    /** The agency channel every event uses; the pipeline allows it. */
    static final String CHANNEL = "agency-ig";
    /** Its platform. */
    static final String PLATFORM = "instagram";

    private final ObjectMapper mapper = Json.mapper();

    /** A consent for {@code youthId} on {@link #CHANNEL}, valid from {@code from} with no end. */
    byte[] consent(String youthId, Instant from) {
        ObjectNode json = mapper.createObjectNode();
        json.put("youthId", youthId);
        json.put("status", "GRANTED");
        json.putArray("channels").add(CHANNEL);
        json.put("grantedBy", "YOUTH");
        json.put("validFrom", from.toString());
        json.putNull("validUntil");
        json.put("birthYear", 2010);
        json.put("assignedCaseworker", "cw-1");
        json.put("recordedAt", from.toString());
        return bytes(json);
    }

    /** An inbound message from {@code youthId}, sent at {@code sentAt}. */
    byte[] message(String eventId, String youthId, Instant sentAt, String text) {
        ObjectNode json = mapper.createObjectNode();
        json.put("eventId", eventId);
        json.put("youthId", youthId);
        json.put("channelId", CHANNEL);
        json.put("platform", PLATFORM);
        json.put("direction", "INBOUND");
        json.put("conversationId", "c-" + youthId);
        json.put("sentAt", sentAt.toString());
        json.put("text", text);
        return bytes(json);
    }

    private byte[] bytes(ObjectNode json) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event", e);
        }
    }
}
