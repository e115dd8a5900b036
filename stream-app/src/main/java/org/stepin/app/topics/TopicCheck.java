package org.stepin.app.topics;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.common.config.TopicConfig;

/**
 * What {@link TopicCreator} found or did for one topic. Immutable.
 *
 * @param topic the definition
 * @param status created, as defined, or different
 * @param mismatches for {@link Status#MISMATCH}, each difference in one line (expected and actual)
 */
public record TopicCheck(TopicDefinition topic, Status status, List<String> mismatches) {

    /** The outcome for one topic. */
    public enum Status {
        /** The topic was missing and has been created. */
        CREATED,
        /** The topic exists as defined (partitions, replication factor, cleanup policy). */
        MATCHES,
        /** The topic exists but differs; nothing was changed. */
        MISMATCH
    }

    public TopicCheck {
        requireNonNull(topic, "topic");
        requireNonNull(status, "status");
        mismatches = List.copyOf(mismatches);
        if ((status == Status.MISMATCH) == mismatches.isEmpty()) {
            throw new IllegalArgumentException("mismatches must be listed for MISMATCH only");
        }
    }

    /** Compares an existing topic's partitions, replication factor and cleanup policy with its definition. */
    public static TopicCheck compare(TopicDefinition topic, int partitions, int replicationFactor,
                                     String cleanupPolicy) {
        List<String> mismatches = new ArrayList<>();
        if (partitions != topic.partitions()) {
            mismatches.add("partitions: expected " + topic.partitions() + ", found " + partitions);
        }
        if (replicationFactor != topic.replicationFactor()) {
            mismatches.add("replication factor: expected " + topic.replicationFactor() + ", found "
                    + replicationFactor);
        }
        if (!normalised(topic.cleanupPolicy()).equals(normalised(cleanupPolicy))) {
            mismatches.add("cleanup.policy: expected " + topic.cleanupPolicy() + ", found " + cleanupPolicy);
        }
        return new TopicCheck(topic, mismatches.isEmpty() ? Status.MATCHES : Status.MISMATCH, mismatches);
    }

    private static String normalised(String policy) {
        if (policy == null) {
            return TopicConfig.CLEANUP_POLICY_DELETE;
        }
        return String.join(",", new TreeSet<>(List.of(policy.trim().split("\\s*,\\s*"))));
    }
}
