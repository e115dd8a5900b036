package org.stepin.app.topics;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's missing topics and checks the existing ones against their definitions (partition count,
 * replication factor, cleanup policy), with Kafka's {@link Admin} client. It never changes an existing topic:
 * differences are reported for an operator to decide on (more partitions move youths and their state; a
 * different cleanup policy on {@code consents} loses consents). Not thread-safe; the caller owns the client.
 */
public final class TopicCreator {
    private final Admin admin;
    private final Duration timeout;

    /** A creator using {@code admin}, waiting at most {@code timeout} for each request. */
    public TopicCreator(Admin admin, Duration timeout) {
        this.admin = requireNonNull(admin, "admin");
        this.timeout = requireNonNull(timeout, "timeout");
    }

    /**
     * Creates what is missing and checks what exists, in role order.
     *
     * @throws KafkaException when the cluster cannot be reached or refuses a request (its reason included)
     */
    public List<TopicCheck> createOrCheck(TopicDefinitions definitions) {
        requireNonNull(definitions, "definitions");
        Set<String> existing = await(admin.listTopics().names());
        List<TopicCheck> checks = new ArrayList<>();
        for (TopicDefinition topic : definitions.all()) {
            if (!existing.contains(topic.name()) && create(topic)) {
                checks.add(new TopicCheck(topic, TopicCheck.Status.CREATED, List.of()));
            } else {
                checks.add(check(topic));
            }
        }
        return checks;
    }

    /** True when created, false when another client created it first. */
    private boolean create(TopicDefinition topic) {
        try {
            admin.createTopics(List.of(topic.toNewTopic())).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw failure("create topic " + topic.name(), e);
        } catch (InterruptedException | TimeoutException e) {
            throw failure("create topic " + topic.name(), e);
        }
    }

    private TopicCheck check(TopicDefinition topic) {
        TopicDescription description = await(admin.describeTopics(List.of(topic.name())).allTopicNames())
                .get(topic.name());
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(List.of(resource)).all());
        ConfigEntry policy = configs.get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG);
        int replicationFactor = description.partitions().stream()
                .collect(Collectors.summarizingInt(partition -> partition.replicas().size())).getMin();
        return TopicCheck.compare(topic, description.partitions().size(), replicationFactor,
                policy == null ? null : policy.value());
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw failure("reach the cluster", e);
        }
    }

    private static KafkaException failure(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String reason = cause instanceof TimeoutException ? "timed out" : cause.getMessage();
        return new KafkaException("cannot " + what + ": " + reason, cause);
    }
}
