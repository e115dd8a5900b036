package org.stepin.app.serde;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.stepin.app.event.StoredConsent;

/**
 * The consent store's values: written in a compact binary format ({@link StoredConsentFormat}, first byte 0x01)
 * that the consent gate decodes cheaply on every message; read in that format or as the JSON earlier versions
 * wrote (first byte <code>'{'</code>), so a store restored from an older changelog still works. Any other first
 * byte fails with a {@link SerializationException}. Null is null both ways (a deleted key). Thread-safe.
 */
public final class StoredConsentSerde implements Serde<StoredConsent> {
    private static final byte JSON_OBJECT = '{';

    private final Deserializer<StoredConsent> legacyJson;

    /** A serde reading legacy JSON values with {@code mapper} (the pipeline's {@link Json#mapper()}). */
    public StoredConsentSerde(ObjectMapper mapper) {
        this.legacyJson = new JsonSerde<>(requireNonNull(mapper, "mapper"), StoredConsent.class).deserializer();
    }

    @Override
    public Serializer<StoredConsent> serializer() {
        return (topic, value) -> value == null ? null : StoredConsentFormat.write(value);
    }

    @Override
    public Deserializer<StoredConsent> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(topic, bytes);
    }

    private StoredConsent read(String topic, byte[] bytes) {
        if (bytes.length == 0) {
            throw new SerializationException("consent store value is empty");
        }
        byte format = bytes[0];
        if (format == StoredConsentFormat.FORMAT) {
            return StoredConsentFormat.read(bytes);
        }
        if (format == JSON_OBJECT) {
            return legacyJson.deserialize(topic, bytes);
        }
        throw new SerializationException(String.format(
                "consent store value has unknown format byte 0x%02X (expected 0x%02X, or '{' for legacy JSON)",
                format & 0xFF, StoredConsentFormat.FORMAT));
    }
}
