package org.stepin.app.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.stepin.app.event.DeadLetter;

/**
 * The dead-letter contract as JSON: where the record came from, why it failed, and its original key and value
 * in base64, so it can be inspected and replayed byte for byte.
 */
public final class DeadLetterJson {
    private final ObjectMapper mapper;

    /** A writer with {@code mapper}. */
    public DeadLetterJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The dead letter as JSON bytes. */
    public byte[] toBytes(DeadLetter letter) {
        ObjectNode json = mapper.createObjectNode();
        json.put("sourceTopic", letter.sourceTopic());
        json.put("partition", letter.partition());
        json.put("offset", letter.offset());
        json.put("errorKind", letter.errorKind().name());
        json.put("errorClass", letter.errorClass());
        json.put("reason", letter.reason());
        json.put("processorNode", letter.processorNode());
        json.put("failedAt", letter.failedAt().toString());
        json.put("key", letter.key() == null ? null : Base64.getEncoder().encodeToString(letter.key()));
        json.put("value", letter.value() == null ? null : Base64.getEncoder().encodeToString(letter.value()));
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
