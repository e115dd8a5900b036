package org.stepin.app.topics;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every topic of the pipeline as it should be on a cluster: its {@link TopicRole}'s definition under the
 * configured name and partition count, with {@link TopicRole#REPLICATION_FACTOR} replicas unless a development
 * cluster needs fewer. Immutable.
 */
public final class TopicDefinitions {
    private final Map<TopicRole, TopicDefinition> topics;

    private TopicDefinitions(Map<TopicRole, TopicDefinition> topics) {
        this.topics = new EnumMap<>(topics);
    }

    /** The definitions of the topics {@code configured}. */
    public static TopicDefinitions of(Topics configured) {
        requireNonNull(configured, "configured");
        Map<TopicRole, TopicDefinition> topics = new EnumMap<>(TopicRole.class);
        for (TopicRole role : TopicRole.values()) {
            topics.put(role, new TopicDefinition(role, configured.name(role), role.partitions(configured.partitions()),
                    TopicRole.REPLICATION_FACTOR, role.configs()));
        }
        return new TopicDefinitions(topics);
    }

    /** Every topic, in role order. */
    public List<TopicDefinition> all() {
        return List.copyOf(topics.values());
    }

    /** The topic for {@code role}. */
    public TopicDefinition get(TopicRole role) {
        return topics.get(requireNonNull(role, "role"));
    }

    /** These topics with replication factor {@code factor} (1 for a single-broker development cluster). */
    public TopicDefinitions withReplicationFactor(short factor) {
        Map<TopicRole, TopicDefinition> changed = new EnumMap<>(TopicRole.class);
        topics.forEach((role, topic) -> changed.put(role, topic.withReplicationFactor(factor)));
        return new TopicDefinitions(changed);
    }
}
