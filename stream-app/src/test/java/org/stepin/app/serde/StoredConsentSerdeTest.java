package org.stepin.app.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepin.app.event.ConsentRecord;
import org.stepin.app.event.ConsentStatus;
import org.stepin.app.event.GrantedBy;
import org.stepin.app.event.StoredConsent;

class StoredConsentSerdeTest {
    private static final String TOPIC = "app-consent-store-changelog";
    private static final String SECRET_ID = "youth-4711-secret";
    private static final Instant FROM = Instant.parse("2026-05-01T18:30:00Z");
    private static final Instant UNTIL = Instant.parse("2027-05-01T18:30:00.123456789Z");

    private final StoredConsentSerde serde = new StoredConsentSerde(Json.mapper());
    private final Serializer<StoredConsent> binary = serde.serializer();
    private final Deserializer<StoredConsent> reader = serde.deserializer();
    private final Serializer<StoredConsent> legacyJson = new JsonSerde<>(Json.mapper(), StoredConsent.class)
            .serializer();

    @ParameterizedTest
    @MethodSource("shapes")
    void roundTripsToAnEqualValue(StoredConsent value) {
        byte[] bytes = binary.serialize(TOPIC, value);

        assertThat(bytes[0]).isEqualTo((byte) 0x01);
        assertThat(reader.deserialize(TOPIC, bytes)).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void readsTheJsonEarlierVersionsWrote(StoredConsent value) {
        byte[] json = legacyJson.serialize(TOPIC, value);

        assertThat(json[0]).isEqualTo((byte) '{');
        assertThat(reader.deserialize(TOPIC, json)).isEqualTo(value);
    }

    @Test
    void roundTripsThousandsOfRandomValues() {
        Random random = new Random(20261201);
        for (int i = 0; i < 5_000; i++) {
            StoredConsent value = randomValue(random);

            assertThat(reader.deserialize(TOPIC, binary.serialize(TOPIC, value))).isEqualTo(value);
            assertThat(reader.deserialize(TOPIC, legacyJson.serialize(TOPIC, value))).isEqualTo(value);
        }
    }

    @Test
    void nullIsNullBothWays() {
        assertThat(binary.serialize(TOPIC, null)).isNull();
        assertThat(reader.deserialize(TOPIC, null)).isNull();
    }

    @Test
    void aTypicalValueIsSmallerThanItsJson() {
        StoredConsent value = new StoredConsent(record(ConsentStatus.GRANTED, Set.of("agency-ig"), UNTIL), false,
                false);

        assertThat(binary.serialize(TOPIC, value).length).isLessThan(legacyJson.serialize(TOPIC, value).length / 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x02, 0x7F, 0x80, 0xFF, '[', ' ', '"', 'n'})
    void anUnknownFormatByteFailsNamingTheByte(int format) {
        byte[] bytes = binary.serialize(TOPIC, typical());
        bytes[0] = (byte) format;

        assertThatThrownBy(() -> reader.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("consent store value has unknown format byte 0x%02X (expected 0x01, or '{' for legacy"
                        + " JSON)", format)
                .hasNoCause();
    }

    @Test
    void anEmptyValueFails() {
        assertThatThrownBy(() -> reader.deserialize(TOPIC, new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessage("consent store value is empty");
    }

    @Test
    void everyTruncationFailsWithoutTheData() {
        byte[] bytes = binary.serialize(TOPIC, typical());
        for (int length = 1; length < bytes.length; length++) {
            byte[] truncated = Arrays.copyOf(bytes, length);

            assertThatThrownBy(() -> reader.deserialize(TOPIC, truncated))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageStartingWith("consent store value ")
                    .hasMessageNotContaining(SECRET_ID);
        }
    }

    @Test
    void trailingBytesFail() {
        byte[] valid = binary.serialize(TOPIC, typical());
        byte[] bytes = Arrays.copyOf(valid, valid.length + 3);

        assertThatThrownBy(() -> reader.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("consent store value has 3 trailing bytes");
    }

    @Test
    void unknownFlagBitsFail() {
        byte[] bytes = binary.serialize(TOPIC, typical());
        bytes[1] |= (byte) 0x80;

        assertThatThrownBy(() -> reader.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("consent store value has unknown flag bits");
    }

    @Test
    void anUnknownStatusCodeFailsWithoutTheData() {
        byte[] bytes = binary.serialize(TOPIC, typical());
        int statusAt = 2 + 4 + SECRET_ID.length();
        bytes[statusAt] = 9;

        assertThatThrownBy(() -> reader.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("consent store value has unknown status code 9");
    }

    @Test
    void aRepeatedChannelFailsWithoutNamingIt() {
        byte[] one = binary.serialize(TOPIC, new StoredConsent(record(ConsentStatus.GRANTED, Set.of("ab"), null),
                false, false));
        byte[] two = binary.serialize(TOPIC, new StoredConsent(record(ConsentStatus.GRANTED, Set.of("ab", "cd"),
                null), false, false));
        // turn the second channel "cd" into a second "ab"
        int second = indexOf(two, "cd".getBytes(StandardCharsets.US_ASCII));
        two[second] = 'a';
        two[second + 1] = 'b';

        assertThat(reader.deserialize(TOPIC, one).consent().channels()).containsExactly("ab");
        assertThatThrownBy(() -> reader.deserialize(TOPIC, two))
                .isInstanceOf(SerializationException.class)
                .hasMessage("consent store value repeats a channel")
                .hasNoCause();
    }

    static Stream<StoredConsent> shapes() {
        List<StoredConsent> shapes = new ArrayList<>();
        for (boolean revoked : new boolean[] {false, true}) {
            for (boolean underAge : new boolean[] {false, true}) {
                shapes.add(new StoredConsent(null, revoked, underAge));
                for (ConsentStatus status : ConsentStatus.values()) {
                    for (GrantedBy grantedBy : GrantedBy.values()) {
                        shapes.add(new StoredConsent(new ConsentRecord(SECRET_ID, status, Set.of("agency-ig"),
                                grantedBy, FROM, UNTIL, 2011, "cw-17", FROM), revoked, underAge));
                        shapes.add(new StoredConsent(new ConsentRecord(SECRET_ID, status, Set.of(), grantedBy,
                                FROM, null, 2011, "cw-17", FROM), revoked, underAge));
                    }
                }
            }
        }
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            many.add("agency-channel-" + i);
        }
        shapes.add(new StoredConsent(record(ConsentStatus.GRANTED, many, UNTIL), false, false));
        shapes.add(new StoredConsent(new ConsentRecord("jeune-é-ü-ß-日本-😀-\u0000-\ud800-x", ConsentStatus.GRANTED,
                Set.of("kanal-ø", "канал", "🙂", "\udc00", "x".repeat(70_000)), GrantedBy.GUARDIAN,
                Instant.EPOCH, Instant.ofEpochSecond(-1, 1), -4000, "Zoë Ødegård 👩‍💼", Instant.EPOCH), true, true));
        shapes.add(new StoredConsent(new ConsentRecord("y", ConsentStatus.REVOKED, Set.of("c"), GrantedBy.YOUTH,
                Instant.ofEpochSecond(-62_135_596_800L), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Integer.MAX_VALUE, "c", Instant.ofEpochSecond(253_402_300_799L, 999_999_999)), false, true));
        shapes.add(new StoredConsent(new ConsentRecord("y", ConsentStatus.GRANTED, Set.of("c"), GrantedBy.YOUTH,
                FROM.plusNanos(1), FROM.plusMillis(1), Integer.MIN_VALUE, "c", FROM.minusNanos(1)), false, false));
        return shapes.stream();
    }

    private static StoredConsent typical() {
        return new StoredConsent(record(ConsentStatus.GRANTED, Set.of("agency-ig", "agency-wa"), UNTIL), false,
                false);
    }

    private static ConsentRecord record(ConsentStatus status, Set<String> channels, Instant validUntil) {
        return new ConsentRecord(SECRET_ID, status, channels, GrantedBy.YOUTH, FROM, validUntil, 2010, "cw-17",
                FROM.plusSeconds(5));
    }

    private static StoredConsent randomValue(Random random) {
        if (random.nextInt(10) == 0) {
            return new StoredConsent(null, random.nextBoolean(), random.nextBoolean());
        }
        Set<String> channels = new HashSet<>();
        int count = random.nextInt(8) == 0 ? random.nextInt(200) : random.nextInt(4);
        for (int i = 0; i < count; i++) {
            channels.add(randomString(random));
        }
        ConsentRecord record = new ConsentRecord(randomString(random),
                ConsentStatus.values()[random.nextInt(ConsentStatus.values().length)], channels,
                GrantedBy.values()[random.nextInt(GrantedBy.values().length)], randomInstant(random),
                random.nextBoolean() ? null : randomInstant(random), 1900 + random.nextInt(200),
                randomString(random), randomInstant(random));
        return new StoredConsent(record, random.nextBoolean(), random.nextBoolean());
    }

    /** Mostly ASCII ids, sometimes any UTF-16 unit at all (unpaired surrogates, NUL and emoji included). */
    private static String randomString(Random random) {
        int length = random.nextInt(40);
        StringBuilder text = new StringBuilder(length);
        boolean anyChar = random.nextInt(3) == 0;
        for (int i = 0; i < length; i++) {
            text.append(anyChar ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(0x5F)));
        }
        return text.toString();
    }

    private static Instant randomInstant(Random random) {
        long seconds = 1_500_000_000L + random.nextInt(500_000_000);
        int nanos = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
