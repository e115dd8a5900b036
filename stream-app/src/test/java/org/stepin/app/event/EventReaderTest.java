package org.stepin.app.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stepin.app.serde.Json;
import org.stepin.core.Direction;

class EventReaderTest {
    private final EventReader reader = new EventReader(Json.mapper(), 100);

    @Test
    void readsAMessageWithAnOffsetTimestampAndIgnoresUnknownFields() {
        MessageEvent event = reader.readMessage(bytes("{\"eventId\":\"e1\",\"youthId\":\"y1\",\"channelId\":\"c\","
                + "\"platform\":\"Instagram\",\"direction\":\"OUTBOUND\",\"conversationId\":\"k\","
                + "\"sentAt\":\"2026-03-02T20:00:00+01:00\",\"text\":\"hi\",\"workerId\":\"w\",\"extra\":1}"));

        assertThat(event.sentAt()).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(event.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(event.platform()).isEqualTo("instagram");
        assertThat(event.workerId()).isEqualTo("w");
        assertThat(event.toString()).doesNotContain("y1").doesNotContain("hi\"").contains("chars=2");
    }

    @Test
    void aTombstoneIsNullAndAConsentIsRead() {
        assertThat(reader.readConsent(null)).isNull();
        ConsentRecord consent = reader.readConsent(bytes("{\"youthId\":\"y1\",\"status\":\"GRANTED\","
                + "\"channels\":[\"a\",\"b\"],\"grantedBy\":\"GUARDIAN\",\"validFrom\":\"2026-01-01T00:00:00Z\","
                + "\"birthYear\":2011,\"assignedCaseworker\":\"cw\",\"recordedAt\":\"2026-01-01T00:00:00Z\"}"));
        assertThat(consent.validUntil()).isNull();
        assertThat(consent.channels()).containsExactlyInAnyOrder("a", "b");
        assertThat(consent.oldestPossibleAgeAt(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo(15);
    }

    @Test
    void eachViolationHasItsKind() {
        assertKind(() -> reader.readKey(null), ErrorKind.NULL_KEY);
        assertKind(() -> reader.readKey(bytes("  ")), ErrorKind.NULL_KEY);
        assertKind(() -> reader.readMessage(null), ErrorKind.NULL_VALUE);
        assertKind(() -> reader.readConsent(
                bytes("{\"youthId\":\"y\",\"status\":\"GRANTED\",\"channels\":\"a\",\"birthYear\":2011}")),
                ErrorKind.WRONG_TYPE);
        assertKind(() -> reader.readConsent(bytes("{\"youthId\":\"y\",\"status\":\"GRANTED\",\"channels\":[],"
                + "\"grantedBy\":\"YOUTH\",\"validFrom\":\"2026-01-01T00:00:00Z\",\"birthYear\":\"2011\","
                + "\"assignedCaseworker\":\"c\",\"recordedAt\":\"2026-01-01T00:00:00Z\"}")), ErrorKind.WRONG_TYPE);
        assertKind(() -> reader.readAction(bytes("{\"alertId\":\"a\",\"action\":\"SNOOZE\",\"at\":\"x\"}")),
                ErrorKind.UNKNOWN_ENUM);
        assertKind(() -> reader.readMessage(new byte[] {(byte) 0xFF}), ErrorKind.BAD_UTF8);
        assertKind(() -> reader.readMessage(bytes("\"just a string\"")), ErrorKind.MALFORMED_JSON);
    }

    private static void assertKind(Runnable read, ErrorKind kind) {
        assertThatThrownBy(read::run).isInstanceOf(InvalidEventException.class)
                .extracting(error -> ((InvalidEventException) error).kind()).isEqualTo(kind);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
