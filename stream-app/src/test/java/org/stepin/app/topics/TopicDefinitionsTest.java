package org.stepin.app.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.stepin.app.config.PipelineConfig;

class TopicDefinitionsTest {
    private static final TopicDefinitions DEFAULTS = TopicDefinitions.of(PipelineConfig.defaults().topics());

    @Test
    void shouldDefineEveryTopicAsOperationsAgreed() {
        assertThat(DEFAULTS.all()).extracting(TopicDefinition::name)
                .containsExactly("messages", "consents", "alert-actions", "caseworker-alerts", "dead-letters");
        assertThat(DEFAULTS.all()).allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
        });
        assertThat(DEFAULTS.all()).extracting(TopicDefinition::partitions).containsExactly(6, 6, 6, 6, 3);
        assertThat(DEFAULTS.get(TopicRole.CONSENTS).configs()).containsEntry("cleanup.policy", "compact")
                .containsEntry("delete.retention.ms", Long.toString(Duration.ofDays(1).toMillis()))
                .doesNotContainKey("retention.ms");
        assertThat(DEFAULTS.get(TopicRole.MESSAGES).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(7).toMillis()))
                .containsEntry("cleanup.policy", "delete");
        assertThat(DEFAULTS.get(TopicRole.ALERT_ACTIONS).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(90).toMillis()));
        assertThat(DEFAULTS.get(TopicRole.ALERTS).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(90).toMillis()));
        assertThat(DEFAULTS.get(TopicRole.DEAD_LETTERS).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
    }

    @Test
    void theDefaultNamesAreTheRolesOwn() {
        assertThat(DEFAULTS.all()).allSatisfy(topic -> assertThat(topic.name())
                .isEqualTo(topic.role().defaultName()));
    }

    @Test
    void shouldUseTheConfiguredNamesAndPartitionsOfTheTopicsKeyedByYouth() {
        TopicDefinitions topics = TopicDefinitions.of(new Topics("m", "c", "aa", "al", "dl", 12));

        assertThat(topics.all()).extracting(TopicDefinition::name).containsExactly("m", "c", "aa", "al", "dl");
        assertThat(topics.all()).extracting(TopicDefinition::partitions).containsExactly(12, 12, 12, 12, 3);
        assertThat(topics.all()).extracting(TopicDefinition::configs)
                .isEqualTo(DEFAULTS.all().stream().map(TopicDefinition::configs).toList());
    }

    @Test
    void theInputsAreCoPartitionedByYouth() {
        assertThat(List.of(TopicRole.MESSAGES, TopicRole.CONSENTS, TopicRole.ALERT_ACTIONS))
                .allSatisfy(role -> assertThat(role.keyedByYouth()).isTrue());
        assertThat(TopicRole.DEAD_LETTERS.keyedByYouth()).isFalse();
    }

    @Test
    void shouldLowerMinInsyncReplicasForASingleBroker() {
        TopicDefinitions single = DEFAULTS.withReplicationFactor((short) 1);

        assertThat(single.all()).allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "1");
        });
    }

    @Test
    void shouldMakeTheCreateRequest() {
        NewTopic request = DEFAULTS.get(TopicRole.CONSENTS).toNewTopic();

        assertThat(request.name()).isEqualTo("consents");
        assertThat(request.numPartitions()).isEqualTo(6);
        assertThat(request.replicationFactor()).isEqualTo((short) 3);
        assertThat(request.configs()).containsEntry("cleanup.policy", "compact");
    }

    @Test
    void shouldCompareAnExistingTopic() {
        TopicDefinition consents = DEFAULTS.get(TopicRole.CONSENTS);

        assertThat(TopicCheck.compare(consents, 6, 3, "compact").status()).isEqualTo(TopicCheck.Status.MATCHES);
        TopicCheck different = TopicCheck.compare(consents, 3, 1, "delete");
        assertThat(different.status()).isEqualTo(TopicCheck.Status.MISMATCH);
        assertThat(different.mismatches()).containsExactly("partitions: expected 6, found 3",
                "replication factor: expected 3, found 1", "cleanup.policy: expected compact, found delete");
        TopicDefinition messages = DEFAULTS.get(TopicRole.MESSAGES);
        assertThat(TopicCheck.compare(messages, 6, 3, null).mismatches()).isEqualTo(List.of());
        TopicDefinition both = new TopicDefinition(TopicRole.MESSAGES, "x", 6, (short) 3,
                Map.of("cleanup.policy", "compact,delete"));
        assertThat(TopicCheck.compare(both, 6, 3, "delete, compact").mismatches()).isEmpty();
        assertThat(TopicCheck.compare(messages, 6, 3, "delete, compact").mismatches())
                .containsExactly("cleanup.policy: expected delete, found delete, compact");
    }
}
