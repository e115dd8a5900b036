package org.stepin.app.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.stepin.core.Direction;

/**
 * Turns raw record bytes into contract values, strictly: each violation is an {@link InvalidEventException}
 * whose kind and reason name the field and the rule, never the content. Unknown fields are ignored so producers
 * can add fields. Thread-safe.
 */
public final class EventReader {
    /** Longest id accepted (event, youth, channel, conversation, worker, alert). */
    public static final int MAX_ID_CHARS = 200;

    private final ObjectMapper mapper;
    private final int maxTextChars;

    /** A reader that rejects message texts longer than {@code maxTextChars}. */
    public EventReader(ObjectMapper mapper, int maxTextChars) {
        this.mapper = mapper;
        this.maxTextChars = maxTextChars;
    }

    /** Decodes a record key: the youth id. */
    public String readKey(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidEventException(ErrorKind.NULL_KEY, "record key (youth id) is missing");
        }
        String key = utf8(bytes, "key");
        if (key.isBlank() || key.length() > MAX_ID_CHARS) {
            throw new InvalidEventException(ErrorKind.NULL_KEY, "record key (youth id) is blank or too long");
        }
        return key;
    }

    /**
     * Reads a message event: ids non-blank and at most {@value #MAX_ID_CHARS} chars, the text possibly empty but
     * at most the reader's limit, the platform lower-cased.
     */
    public MessageEvent readMessage(byte[] bytes) {
        JsonNode node = object(bytes);
        String text = string(node, "text", false);
        if (text.length() > maxTextChars) {
            throw new InvalidEventException(ErrorKind.TOO_LARGE,
                    "text has " + text.length() + " chars, over the limit of " + maxTextChars);
        }
        return new MessageEvent(id(node, "eventId"), id(node, "youthId"), id(node, "channelId"),
                id(node, "platform").toLowerCase(Locale.ROOT), enumValue(node, "direction", Direction.class),
                id(node, "conversationId"), instant(node, "sentAt"), text, optionalId(node, "workerId"));
    }

    /** Reads a consent record; null bytes are a tombstone and give null. */
    public ConsentRecord readConsent(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        JsonNode node = object(bytes);
        JsonNode year = required(node, "birthYear");
        if (!year.canConvertToInt() || !year.isIntegralNumber()) {
            throw new InvalidEventException(ErrorKind.WRONG_TYPE, "birthYear must be an integer year");
        }
        return new ConsentRecord(id(node, "youthId"), enumValue(node, "status", ConsentStatus.class),
                channels(node), enumValue(node, "grantedBy", GrantedBy.class), instant(node, "validFrom"),
                node.hasNonNull("validUntil") ? instant(node, "validUntil") : null, year.intValue(),
                id(node, "assignedCaseworker"), instant(node, "recordedAt"));
    }

    /** Reads a worker's action on an alert. */
    public AlertAction readAction(byte[] bytes) {
        JsonNode node = object(bytes);
        Outcome outcome = node.hasNonNull("outcome") ? enumValue(node, "outcome", Outcome.class) : null;
        String note = node.hasNonNull("note") ? string(node, "note", false) : null;
        return new AlertAction(id(node, "alertId"), enumValue(node, "action", ActionKind.class), outcome,
                optionalId(node, "by"), instant(node, "at"), note);
    }

    private JsonNode object(byte[] bytes) {
        if (bytes == null) {
            throw new InvalidEventException(ErrorKind.NULL_VALUE, "record value is missing");
        }
        String json = utf8(bytes, "value");
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
            throw new InvalidEventException(ErrorKind.MALFORMED_JSON, "value is not well-formed JSON" + where);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidEventException(ErrorKind.MALFORMED_JSON, "value is not a JSON object");
        }
        return node;
    }

    private static String utf8(byte[] bytes, String part) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new InvalidEventException(ErrorKind.BAD_UTF8, "record " + part + " is not valid UTF-8");
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidEventException(ErrorKind.MISSING_FIELD, field + " is missing");
        }
        return value;
    }

    private static String string(JsonNode node, String field, boolean nonBlank) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new InvalidEventException(ErrorKind.WRONG_TYPE, field + " must be a string");
        }
        if (nonBlank && value.textValue().isBlank()) {
            throw new InvalidEventException(ErrorKind.MISSING_FIELD, field + " is blank");
        }
        return value.textValue();
    }

    private static String id(JsonNode node, String field) {
        String id = string(node, field, true);
        if (id.length() > MAX_ID_CHARS) {
            throw new InvalidEventException(ErrorKind.TOO_LARGE, field + " is longer than " + MAX_ID_CHARS);
        }
        return id;
    }

    private static String optionalId(JsonNode node, String field) {
        return node.hasNonNull(field) ? id(node, field) : null;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) {
        String name = string(node, field, true);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(ErrorKind.UNKNOWN_ENUM,
                    field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Instant instant(JsonNode node, String field) {
        String text = string(node, field, true);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(ErrorKind.WRONG_TYPE,
                    field + " must be an ISO-8601 timestamp with offset, e.g. 2026-05-01T18:30:00Z");
        }
    }

    private static Set<String> channels(JsonNode node) {
        JsonNode array = required(node, "channels");
        if (!array.isArray()) {
            throw new InvalidEventException(ErrorKind.WRONG_TYPE, "channels must be an array of strings");
        }
        Set<String> channels = new LinkedHashSet<>();
        for (JsonNode element : array) {
            if (!element.isTextual() || element.textValue().isBlank()) {
                throw new InvalidEventException(ErrorKind.WRONG_TYPE, "channels must be an array of strings");
            }
            channels.add(element.textValue());
        }
        return channels;
    }
}
