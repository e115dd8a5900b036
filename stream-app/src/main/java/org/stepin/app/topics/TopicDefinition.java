package org.stepin.app.topics;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic as it should be. Immutable.
 *
 * @param role what it is for
 * @param name its name
 * @param partitions how many partitions
 * @param replicationFactor how many replicas of each
 * @param configs topic-level configs (e.g. {@code cleanup.policy}, {@code retention.ms}), sorted by name
 */
public record TopicDefinition(TopicRole role, String name, int partitions, short replicationFactor,
                              Map<String, String> configs) {

    public TopicDefinition {
        requireNonNull(role, "role");
        requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replicationFactor must be positive, was " + replicationFactor);
        }
        configs = Collections.unmodifiableMap(new TreeMap<>(configs));
    }

    /** The cleanup policy, {@code delete} (Kafka's default) unless configured. */
    public String cleanupPolicy() {
        return Optional.ofNullable(configs.get(TopicConfig.CLEANUP_POLICY_CONFIG))
                .orElse(TopicConfig.CLEANUP_POLICY_DELETE);
    }

    /**
     * This topic with another replication factor (1 on a single-broker development cluster), its
     * {@code min.insync.replicas} lowered to the factor where it was above.
     */
    public TopicDefinition withReplicationFactor(short factor) {
        Map<String, String> adjusted = new TreeMap<>(configs);
        String minInsync = adjusted.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        if (minInsync != null && Integer.parseInt(minInsync) > factor) {
            adjusted.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Short.toString(factor));
        }
        return new TopicDefinition(role, name, partitions, factor, adjusted);
    }

    /** The request that creates it. */
    public NewTopic toNewTopic() {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
