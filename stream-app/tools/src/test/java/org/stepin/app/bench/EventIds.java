package org.stepin.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.stepin.app.serde.Json;

/** The event id a record on an output topic names, for latency: read from its JSON. Thread-safe. */
final class EventIds {
    private static final ObjectMapper MAPPER = Json.mapper();

    private EventIds() {
    }

    /** The newest of an alert's {@code triggeringEventIds} (the message that raised it), or null. */
    static String ofAlert(byte[] value) {
        JsonNode ids = read(value).path("triggeringEventIds");
        return ids.isArray() && !ids.isEmpty() ? ids.get(ids.size() - 1).asText() : null;
    }

    /** A message's {@code eventId} (the no-op copies messages unchanged), or null. */
    static String ofMessage(byte[] value) {
        JsonNode id = read(value).path("eventId");
        return id.isTextual() ? id.asText() : null;
    }

    private static JsonNode read(byte[] value) {
        if (value == null) {
            return MAPPER.missingNode();
        }
        try {
            return MAPPER.readTree(value);
        } catch (IOException e) {
            return MAPPER.missingNode();
        }
    }
}
