package org.stepin.app.bench;

import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * The baseline: records read as bytes and written unchanged to another topic, exactly once, nothing else. What
 * Kafka Streams with {@code exactly_once_v2} costs on its own; the pipeline's throughput is judged against it.
 */
final class NoOpTopology {
    /** The source node. */
    static final String SOURCE = "noop-source";
    /** The sink node. */
    static final String SINK = "noop-sink";

    private NoOpTopology() {
    }

    /** {@code input} to {@code output}, bytes unchanged. */
    static Topology build(String input, String output) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), input);
        topology.addSink(SINK, output, new ByteArraySerializer(), new ByteArraySerializer(), SOURCE);
        return topology;
    }

    /** Its settings: the pipeline's processing guarantee and Kafka Streams' defaults for everything else. */
    static Properties properties(String applicationId, String bootstrap) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return properties;
    }
}
