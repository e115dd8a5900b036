package org.stepin.app.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One input line of {@code score}: plain text, or a JSON object {@code {"id": ..., "text": ...}}. Either
 * a message to score or the reason it cannot be scored; never an exception.
 *
 * @param id the given id, else the line number
 * @param text the message text, or null when the line is bad
 * @param error why the line is bad, or null
 */
record InputLine(JsonNode id, String text, String error) {

    /** True when the line cannot be scored. */
    boolean bad() {
        return error != null;
    }

    /** Parses line {@code number} (1-based) from its raw bytes, without the line break. */
    static InputLine parse(byte[] bytes, int number, ObjectMapper mapper) {
        IntNode lineId = IntNode.valueOf(number);
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new InputLine(lineId, null, "line is not valid UTF-8");
        }
        if (!line.stripLeading().startsWith("{")) {
            return new InputLine(lineId, line, null);
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return new InputLine(lineId, null, "malformed JSON at column " + e.getLocation().getColumnNr());
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isTextual() && !id.isIntegralNumber()) {
            return new InputLine(lineId, null, "\"id\" must be a string or an integer");
        }
        JsonNode text = node.get("text");
        JsonNode effectiveId = id == null ? lineId : id;
        if (text == null || !text.isTextual()) {
            return new InputLine(effectiveId, null, "\"text\" must be a string");
        }
        return new InputLine(effectiveId, text.asText(), null);
    }
}
