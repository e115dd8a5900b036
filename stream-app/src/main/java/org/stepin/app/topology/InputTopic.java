package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.apache.kafka.common.serialization.Deserializer;
import org.stepin.app.event.AlertAction;
import org.stepin.app.event.ConsentRecord;
import org.stepin.app.event.EventReader;
import org.stepin.app.event.MessageEvent;
import org.stepin.app.serde.ReadingDeserializer;
import org.stepin.app.topics.TopicRole;

/**
 * A topic the pipeline reads, typed by its key and value: its role and the deserializers the topology's source
 * reads it with. They are strict ({@link EventReader}): a record that breaks the contract throws, and the
 * dead-letter handler takes it. Immutable.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class InputTopic<K, V> {
    /** Chat messages: youth id to message event. */
    public static final InputTopic<String, MessageEvent> MESSAGES = new InputTopic<>(TopicRole.MESSAGES,
            InputTopic::youthIds, reader -> new ReadingDeserializer<>(reader::readMessage));
    /** Consent records: youth id to consent record, null (a tombstone) revoking. */
    public static final InputTopic<String, ConsentRecord> CONSENTS = new InputTopic<>(TopicRole.CONSENTS,
            InputTopic::youthIds, reader -> new ReadingDeserializer<>(reader::readConsent));
    /** Workers' actions on alerts: youth id to action. */
    public static final InputTopic<String, AlertAction> ALERT_ACTIONS = new InputTopic<>(TopicRole.ALERT_ACTIONS,
            InputTopic::youthIds, reader -> new ReadingDeserializer<>(reader::readAction));

    private final TopicRole role;
    private final Function<EventReader, Deserializer<K>> keys;
    private final Function<EventReader, Deserializer<V>> values;

    private InputTopic(TopicRole role, Function<EventReader, Deserializer<K>> keys,
                       Function<EventReader, Deserializer<V>> values) {
        this.role = role;
        this.keys = keys;
        this.values = values;
    }

    /** Which topic it is. */
    public TopicRole role() {
        return role;
    }

    /** The key deserializer, reading with {@code reader}. */
    public Deserializer<K> keyDeserializer(EventReader reader) {
        return keys.apply(requireNonNull(reader, "reader"));
    }

    /** The value deserializer, reading with {@code reader} (which carries the message length limit). */
    public Deserializer<V> valueDeserializer(EventReader reader) {
        return values.apply(requireNonNull(reader, "reader"));
    }

    /** Youth ids: UTF-8, neither blank nor longer than an id may be. */
    private static Deserializer<String> youthIds(EventReader reader) {
        return new ReadingDeserializer<>(reader::readKey);
    }
}
