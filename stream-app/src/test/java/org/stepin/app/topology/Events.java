package org.stepin.app.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.stepin.app.serde.Json;

/** JSON input events for topology tests, written the way producers write them. */
final class Events {
    static final ObjectMapper MAPPER = Json.mapper();
    static final String CHANNEL = "agency-ig";
    static final String OTHER_CHANNEL = "agency-wa";
    static final String CASEWORKER = "cw-17";

    private Events() {
    }

    static ObjectNode message(String eventId, String youthId, Instant sentAt, String text) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("eventId", eventId);
        json.put("youthId", youthId);
        json.put("channelId", CHANNEL);
        json.put("platform", "instagram");
        json.put("direction", "INBOUND");
        json.put("conversationId", "conv-" + youthId);
        json.put("sentAt", sentAt.toString());
        json.put("text", text);
        return json;
    }

    static ObjectNode outbound(String eventId, String youthId, Instant sentAt, String text) {
        ObjectNode json = message(eventId, youthId, sentAt, text);
        json.put("direction", "OUTBOUND");
        json.put("workerId", "worker-3");
        return json;
    }

    static ObjectNode consent(String youthId, Instant validFrom, Instant validUntil, int birthYear) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("youthId", youthId);
        json.put("status", "GRANTED");
        json.putArray("channels").add(CHANNEL);
        json.put("grantedBy", "YOUTH");
        json.put("validFrom", validFrom.toString());
        json.put("validUntil", validUntil == null ? null : validUntil.toString());
        json.put("birthYear", birthYear);
        json.put("assignedCaseworker", CASEWORKER);
        json.put("recordedAt", validFrom.toString());
        return json;
    }

    static ObjectNode action(String alertId, String action, String outcome, Instant at) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("alertId", alertId);
        json.put("action", action);
        json.put("outcome", outcome);
        json.put("by", "worker-3");
        json.put("at", at.toString());
        json.put("note", "called them, they are safe");
        return json;
    }

    static List<String> texts(ObjectNode... events) {
        return java.util.Arrays.stream(events).map(event -> event.get("text").asText()).toList();
    }
}
