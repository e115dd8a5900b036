package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.stepin.app.event.Alert;
import org.stepin.app.serde.AlertJson;
import org.stepin.app.topics.TopicRole;

/**
 * A topic the pipeline writes, typed by its key and value: its role and the serializers the topology's sink
 * writes it with. (The dead-letter topic is written by Kafka Streams' dead-letter queue, original key bytes and
 * the dead-letter JSON, not by a sink.) Immutable.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class OutputTopic<K, V> {
    /** Step-in alerts: youth id to the alert as JSON (the alert contract). */
    public static final OutputTopic<String, Alert> ALERTS =
            new OutputTopic<>(TopicRole.ALERTS, mapper -> new StringSerializer(), AlertJson::new);

    private final TopicRole role;
    private final Function<ObjectMapper, Serializer<K>> keys;
    private final Function<ObjectMapper, Serializer<V>> values;

    private OutputTopic(TopicRole role, Function<ObjectMapper, Serializer<K>> keys,
                        Function<ObjectMapper, Serializer<V>> values) {
        this.role = role;
        this.keys = keys;
        this.values = values;
    }

    /** Which topic it is. */
    public TopicRole role() {
        return role;
    }

    /** The key serializer. */
    public Serializer<K> keySerializer(ObjectMapper mapper) {
        return keys.apply(requireNonNull(mapper, "mapper"));
    }

    /** The value serializer, writing JSON with {@code mapper}. */
    public Serializer<V> valueSerializer(ObjectMapper mapper) {
        return values.apply(requireNonNull(mapper, "mapper"));
    }
}
