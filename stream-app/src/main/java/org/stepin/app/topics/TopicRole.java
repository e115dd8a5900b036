package org.stepin.app.topics;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The pipeline's topics, one constant a role, and the one place each is defined: the name it has unless
 * {@code stepin.topics.<key>} says otherwise, its partitions, and the topic configs {@code topics create} gives
 * it (cleanup policy, retention, {@code min.insync.replicas}). The serdes the topology reads and writes them with
 * are {@code topology.InputTopic} and {@code topology.OutputTopic}.
 */
public enum TopicRole {
    /** Chat messages, keyed by youth id. */
    MESSAGES("messages", "messages", OptionalInt.empty(), deleteAfter(Duration.ofDays(7)),
            "Chat messages, keyed by youth id. Kept 7 days only (data minimisation): once scored, the pipeline"
                    + " keeps no text, and a week covers a replay after an outage."),
    /** Consent records, compacted, keyed by youth id. */
    CONSENTS("consents", "consents", OptionalInt.empty(), compacted(Duration.ofDays(1)),
            "Consent records, keyed by youth id: compacted, the latest record per youth is the consent table. A"
                    + " tombstone (null value) revokes; it is kept 1 day for consumers to see before compaction"
                    + " removes it."),
    /** Workers' actions on alerts, keyed by youth id. */
    ALERT_ACTIONS("alert-actions", "alert-actions", OptionalInt.empty(), deleteAfter(Duration.ofDays(90)),
            "Workers' actions on alerts (ACK, CLOSE, outcome), keyed by youth id: kept as long as the alerts they"
                    + " act on."),
    /** Step-in alerts, keyed by youth id. */
    ALERTS("alerts", "caseworker-alerts", OptionalInt.empty(), deleteAfter(Duration.ofDays(90)),
            "Step-in alerts (JSON, the alert contract), keyed by youth id: 90 days for follow-up, review and the"
                    + " feedback loop."),
    /** Records that could not be processed. */
    DEAD_LETTERS("dead-letters", "dead-letters", OptionalInt.of(3), deleteAfter(Duration.ofDays(30)),
            "Records that could not be processed, with their original bytes (which may hold message text): 30"
                    + " days to inspect and replay, then gone. Few partitions are plenty.");

    /** In production 3 replicas of each topic, 2 in sync, so exactly-once survives one broker down. */
    public static final short REPLICATION_FACTOR = 3;
    private static final String MIN_INSYNC_REPLICAS = "2";

    private final String key;
    private final String defaultName;
    private final OptionalInt ownPartitions;
    private final Map<String, String> configs;
    private final String description;

    TopicRole(String key, String defaultName, OptionalInt ownPartitions, Map<String, String> configs,
              String description) {
        this.key = key;
        this.defaultName = defaultName;
        this.ownPartitions = ownPartitions;
        this.configs = configs;
        this.description = description;
    }

    /** The role's name in configuration ({@code stepin.topics.<key>}). */
    public String key() {
        return key;
    }

    /** The topic's name unless configured. */
    public String defaultName() {
        return defaultName;
    }

    /**
     * True for the topics keyed by youth id: they share one partition count ({@code stepin.topics.partitions}),
     * as the inputs must (they are co-partitioned, so one task owns a youth's consent, state and alerts).
     */
    public boolean keyedByYouth() {
        return ownPartitions.isEmpty();
    }

    /** Its partition count, given the configured count of the topics keyed by youth id. */
    public int partitions(int youthKeyedPartitions) {
        return ownPartitions.orElse(youthKeyedPartitions);
    }

    /** The topic-level configs it is created with ({@code cleanup.policy}, retention, ...), sorted by name. */
    public Map<String, String> configs() {
        return configs;
    }

    /** What it holds and why it is kept as long as it is. */
    public String description() {
        return description;
    }

    private static Map<String, String> deleteAfter(Duration retention) {
        return sorted(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, MIN_INSYNC_REPLICAS));
    }

    private static Map<String, String> compacted(Duration tombstoneRetention) {
        return sorted(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(tombstoneRetention.toMillis()),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, MIN_INSYNC_REPLICAS));
    }

    private static Map<String, String> sorted(Map<String, String> configs) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(configs));
    }
}
