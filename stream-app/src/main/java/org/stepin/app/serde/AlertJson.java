package org.stepin.app.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;
import org.stepin.app.event.Alert;
import org.stepin.app.event.AlertEvidence;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;

/**
 * The alert contract as JSON: DESIGN.md's field names, categories by their lexicon ids, timestamps in ISO-8601,
 * absent optional fields as null. Written by hand so the contract does not drift with a refactoring.
 */
public final class AlertJson implements Serializer<Alert> {
    private final ObjectMapper mapper;

    /** A writer with {@code mapper}. */
    public AlertJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The alert as a JSON object. */
    public ObjectNode toJson(Alert alert) {
        ObjectNode json = mapper.createObjectNode();
        json.put("alertId", alert.alertId());
        json.put("youthId", alert.youthId());
        json.put("severity", alert.severity().name());
        ArrayNode categories = json.putArray("categories");
        for (Category category : alert.categories()) {
            categories.add(category.id());
        }
        json.put("routeTo", alert.routeTo().name());
        json.put("urgency", alert.urgency().name());
        json.put("assignee", alert.assignee());
        json.put("dueBy", alert.dueBy().toString());
        json.put("trigger", alert.trigger().name());
        ArrayNode events = json.putArray("triggeringEventIds");
        alert.triggeringEventIds().forEach(events::add);
        ArrayNode evidence = json.putArray("evidence");
        for (AlertEvidence item : alert.evidence()) {
            ObjectNode node = evidence.addObject();
            node.put("category", item.category().id());
            node.put("source", item.source().id());
            node.put("entry", item.entry());
            node.put("words", item.words());
            node.put("start", item.start());
            node.put("end", item.end());
            node.put("weight", item.weight());
            ArrayNode marks = node.putArray("marks");
            for (ContextMark mark : item.marks()) {
                marks.add(mark.id());
            }
        }
        json.put("snippet", alert.snippet());
        json.put("reason", alert.reason());
        json.put("eventTime", alert.eventTime().toString());
        json.put("detectedAt", alert.detectedAt().toString());
        json.put("lexiconVersion", alert.lexiconVersion());
        json.put("modelVersion", alert.modelVersion());
        json.put("supersedes", alert.supersedes());
        return json;
    }

    /** The alert as one line of JSON. */
    public String toJsonLine(Alert alert) {
        try {
            return mapper.writeValueAsString(toJson(alert));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] serialize(String topic, Alert alert) {
        return alert == null ? null : toJsonLine(alert).getBytes(StandardCharsets.UTF_8);
    }
}
