package org.stepin.app.serde;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A Kafka deserializer backed by one of {@link org.stepin.app.event.EventReader}'s strict read methods. Its
 * {@link org.stepin.app.event.InvalidEventException}s reach the pipeline's dead-letter handler.
 *
 * @param <T> the value read
 */
public final class ReadingDeserializer<T> implements Deserializer<T> {
    private final Function<byte[], T> read;

    /** A deserializer calling {@code read} on each record's bytes (null for a missing key or value). */
    public ReadingDeserializer(Function<byte[], T> read) {
        this.read = requireNonNull(read, "read");
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return read.apply(data);
    }
}
