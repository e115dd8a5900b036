package org.stepin.app.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepin.app.topology.PipelineDriver.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input goes to dead letters, whole, with its reason; the good messages around it are scored.
 *
 * <p>These tests run the driver at-least-once: under exactly-once, {@link TopologyTestDriver} (4.2) drops the
 * dead-letter records that exception handlers send while no input record is being processed, so it cannot show
 * them. The real broker integration tests check dead letters under exactly-once.
 */
class DeadLetterTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final String YOUTH = "youth-1";

    static Stream<Arguments> poisonPills() {
        ObjectNode good = Events.message("e-bad", YOUTH, T0.plusSeconds(1), "i cut myself again last night");
        return Stream.of(
                pill("not JSON", "MALFORMED_JSON", utf8(YOUTH), utf8("{\"eventId\": \"e1\", ")),
                pill("JSON but not an object", "MALFORMED_JSON", utf8(YOUTH), utf8("[1,2,3]")),
                pill("missing text", "MISSING_FIELD", utf8(YOUTH), without(good, "text")),
                pill("missing sentAt", "MISSING_FIELD", utf8(YOUTH), without(good, "sentAt")),
                pill("text is a number", "WRONG_TYPE", utf8(YOUTH), with(good, node -> node.put("text", 42))),
                pill("sentAt not a timestamp", "WRONG_TYPE", utf8(YOUTH),
                        with(good, node -> node.put("sentAt", "yesterday"))),
                pill("unknown direction", "UNKNOWN_ENUM", utf8(YOUTH),
                        with(good, node -> node.put("direction", "SIDEWAYS"))),
                pill("text over the limit", "TOO_LARGE", utf8(YOUTH),
                        with(good, node -> node.put("text", "a".repeat(10_001)))),
                pill("bad UTF-8", "BAD_UTF8", utf8(YOUTH), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '}'}),
                pill("null key", "NULL_KEY", null, utf8(good.toString())),
                pill("null value", "NULL_VALUE", utf8(YOUTH), null),
                pill("key is another youth", "KEY_MISMATCH", utf8("youth-2"), utf8(good.toString())));
    }

    private static Arguments pill(String name, String kind, byte[] key, byte[] value) {
        return Arguments.of(name, kind, key, value);
    }

    private static byte[] without(ObjectNode event, String field) {
        ObjectNode copy = event.deepCopy();
        copy.remove(field);
        return utf8(copy.toString());
    }

    private static byte[] with(ObjectNode event, Consumer<ObjectNode> change) {
        ObjectNode copy = event.deepCopy();
        change.accept(copy);
        return utf8(copy.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poisonPills")
    void aPoisonPillGoesToDeadLettersWithItsReasonAndTheStreamGoesOn(String name, String kind, byte[] key,
                                                                     byte[] value) {
        try (PipelineDriver pipeline = atLeastOnce()) {
            pipeline.consent(Events.consent(YOUTH, T0.minusSeconds(3600), null, 2010));
            pipeline.consent(Events.consent("youth-2", T0.minusSeconds(3600), null, 2010));
            pipeline.send(Events.message("e1", YOUTH, T0, "i cut myself again last night"));
            pipeline.sendRaw(key, value, T0.plusSeconds(1));
            pipeline.send(Events.message("e3", YOUTH, T0.plusSeconds(7 * 3600), "i want to die tonight"));

            List<JsonNode> letters = pipeline.deadLetters();
            assertThat(letters).hasSize(1);
            JsonNode letter = letters.get(0);
            assertThat(letter.get("errorKind").asText()).isEqualTo(kind);
            assertThat(letter.get("sourceTopic").asText()).isEqualTo("messages");
            assertThat(letter.get("partition").asInt()).isZero();
            assertThat(letter.get("offset").asLong()).isEqualTo(1);
            assertThat(letter.get("reason").asText()).isNotBlank();
            assertThat(decode(letter.get("value"))).isEqualTo(value);
            assertThat(decode(letter.get("key"))).isEqualTo(key);
            assertThat(pipeline.counts.count("deadLetter." + kind)).isEqualTo(1);

            assertThat(pipeline.alerts()).extracting(alert -> alert.get("triggeringEventIds").get(0).asText())
                    .containsExactly("e1", "e3");
        }
    }

    @Test
    void badConsentAndActionRecordsAlsoBecomeDeadLetters() {
        try (PipelineDriver pipeline = atLeastOnce()) {
            ObjectNode consent = Events.consent(YOUTH, T0, null, 2010);
            consent.put("status", "MAYBE");
            pipeline.consentRaw(utf8(YOUTH), utf8(consent.toString()), T0);
            pipeline.actionRaw(utf8(YOUTH), utf8("{\"alertId\":\"a1\",\"action\":\"ACK\"}"), T0);

            List<JsonNode> letters = pipeline.deadLetters();
            assertThat(letters).extracting(letter -> letter.get("sourceTopic").asText() + ":"
                    + letter.get("errorKind").asText())
                    .containsExactly("consents:UNKNOWN_ENUM", "alert-actions:MISSING_FIELD");
            assertThat(pipeline.consentStore().get(YOUTH)).isNull();
        }
    }

    @Test
    void theReasonNamesTheFieldButNeverQuotesTheContent() {
        try (PipelineDriver pipeline = atLeastOnce()) {
            ObjectNode event = Events.message("e1", YOUTH, T0, "my secret words");
            event.put("sentAt", "my secret words");
            pipeline.sendRaw(utf8(YOUTH), utf8(event.toString()), T0);
            pipeline.sendRaw(utf8(YOUTH), utf8("{\"text\": \"my secret words\" oops}"), T0);

            List<JsonNode> letters = pipeline.deadLetters();
            assertThat(letters).hasSize(2);
            assertThat(letters.get(0).get("reason").asText()).contains("sentAt").doesNotContain("secret");
            assertThat(letters.get(1).get("reason").asText()).contains("line 1").doesNotContain("secret");
        }
    }

    private static PipelineDriver atLeastOnce() {
        Properties streams = new Properties();
        streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return new PipelineDriver(new Properties(), streams);
    }

    private static byte[] decode(JsonNode base64) {
        return base64.isNull() ? null : Base64.getDecoder().decode(base64.asText());
    }
}
