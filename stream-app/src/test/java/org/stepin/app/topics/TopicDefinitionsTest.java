package org.stepin.app.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.stepin.app.config.ConfigException;
import org.stepin.app.config.Topics;

class TopicDefinitionsTest {
    private static final Path DEPLOYED = Path.of("..", "deploy", "topics", "topics.properties");

    private static TopicDefinitions parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return TopicDefinitions.parse(properties);
    }

    @Test
    void shouldReadTheDeployedDefinitions() {
        TopicDefinitions topics = TopicDefinitions.read(DEPLOYED);

        assertThat(topics.all()).extracting(TopicDefinition::name)
                .containsExactly("messages", "consents", "alert-actions", "caseworker-alerts", "dead-letters");
        assertThat(topics.all()).allSatisfy(topic -> assertThat(topic.replicationFactor()).isEqualTo((short) 3));
        assertThat(topics.get(TopicRole.MESSAGES).partitions()).isEqualTo(6);
        assertThat(topics.get(TopicRole.DEAD_LETTERS).partitions()).isEqualTo(3);
        assertThat(topics.get(TopicRole.CONSENTS).cleanupPolicy()).isEqualTo("compact");
        assertThat(topics.get(TopicRole.MESSAGES).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(7).toMillis()))
                .containsEntry("cleanup.policy", "delete");
        assertThat(topics.get(TopicRole.ALERTS).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(90).toMillis()));
        assertThat(topics.get(TopicRole.DEAD_LETTERS).configs())
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
    }

    @Test
    void thePackagedCopyIsTheDeployedFile() {
        assertThat(TopicDefinitions.packaged().all()).isEqualTo(TopicDefinitions.read(DEPLOYED).all());
    }

    @Test
    void theDeployedNamesAreThePipelinesDefaults() {
        TopicDefinitions topics = TopicDefinitions.packaged();

        assertThat(topics.withNames(Topics.DEFAULT).all()).isEqualTo(topics.all());
    }

    @Test
    void shouldRenameToThePipelinesConfiguredNames() {
        TopicDefinitions topics = TopicDefinitions.packaged()
                .withNames(new Topics("m", "c", "aa", "al", "dl"));

        assertThat(topics.all()).extracting(TopicDefinition::name).containsExactly("m", "c", "aa", "al", "dl");
    }

    @Test
    void shouldApplyDefaultsWhereATopicSetsNothing() throws IOException {
        TopicDefinitions topics = parse("topic.consents.config.cleanup.policy=compact\n");

        assertThat(topics.all()).allSatisfy(topic -> {
            assertThat(topic.partitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
        assertThat(topics.get(TopicRole.ALERTS).name()).isEqualTo("alerts");
        assertThat(topics.get(TopicRole.MESSAGES).cleanupPolicy()).isEqualTo("delete");
    }

    @Test
    void shouldLowerMinInsyncReplicasForASingleBroker() {
        TopicDefinitions single = TopicDefinitions.packaged().withReplicationFactor((short) 1);

        assertThat(single.all()).allSatisfy(topic -> {
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "1");
        });
    }

    @Test
    void shouldMakeTheCreateRequest() {
        NewTopic request = TopicDefinitions.packaged().get(TopicRole.CONSENTS).toNewTopic();

        assertThat(request.name()).isEqualTo("consents");
        assertThat(request.numPartitions()).isEqualTo(6);
        assertThat(request.replicationFactor()).isEqualTo((short) 3);
        assertThat(request.configs()).containsEntry("cleanup.policy", "compact");
    }

    @Test
    void shouldNameTheKeyOfEachError() {
        Map<String, String> bad = Map.of(
                "topic.consents.config.cleanup.policy=compact\ntopic.mesages.partitions=3\n",
                "topic.mesages.partitions",
                "topic.consents.config.cleanup.policy=compact\ntopic.alerts.config.retention.days=3\n",
                "topic.alerts.config.retention.days",
                "topic.consents.config.cleanup.policy=compact\ndefaults.partitions=six\n", "defaults.partitions",
                "topic.consents.config.cleanup.policy=compact\ntopic.alerts.partitions=0\n", "topic.alerts.partitions",
                "topic.consents.config.cleanup.policy=compact\ntopic.alerts.name=bad name\n", "topic.alerts.name",
                "topic.consents.config.cleanup.policy=compact\ntopic.alerts.config.retention.ms=week\n",
                "topic.alerts.config.retention.ms",
                "topic.consents.config.cleanup.policy=compact\ntopic.alerts.config.cleanup.policy=keep\n",
                "topic.alerts.config.cleanup.policy",
                "topic.consents.config.cleanup.policy=delete\n", "topic.consents.config.cleanup.policy",
                "topic.consents.config.cleanup.policy=compact\ntopic.consents.partitions=12\n",
                "topic.consents.partitions");
        bad.forEach((text, key) -> assertThatThrownBy(() -> parse(text)).as(key)
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo(key)));
    }

    @Test
    void shouldCompareAnExistingTopic() {
        TopicDefinition consents = TopicDefinitions.packaged().get(TopicRole.CONSENTS);

        assertThat(TopicCheck.compare(consents, 6, 3, "compact").status()).isEqualTo(TopicCheck.Status.MATCHES);
        TopicCheck different = TopicCheck.compare(consents, 3, 1, "delete");
        assertThat(different.status()).isEqualTo(TopicCheck.Status.MISMATCH);
        assertThat(different.mismatches()).containsExactly("partitions: expected 6, found 3",
                "replication factor: expected 3, found 1", "cleanup.policy: expected compact, found delete");
        TopicDefinition messages = TopicDefinitions.packaged().get(TopicRole.MESSAGES);
        assertThat(TopicCheck.compare(messages, 6, 3, null).mismatches()).isEqualTo(List.of());
        assertThat(TopicCheck.compare(messages.withName("x"), 6, 3, "delete, compact").mismatches())
                .containsExactly("cleanup.policy: expected delete, found delete, compact");
    }
}
