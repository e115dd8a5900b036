package org.stepin.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.embedded.EmbeddedKafka;
import org.stepin.app.serde.Json;

/**
 * A real embedded broker with the pipeline's topics, a producer of raw records, and read-committed readers of
 * the output topics: what every integration test needs, checking data, not log lines.
 */
final class Cluster implements AutoCloseable {
    static final String CHANNEL = "agency-ig";
    static final ObjectMapper MAPPER = Json.mapper();

    final EmbeddedKafka kafka;
    private final KafkaProducer<byte[], byte[]> producer;

    Cluster(int partitions) {
        kafka = EmbeddedKafka.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : List.of("messages", "alert-actions", "caseworker-alerts", "dead-letters")) {
                topics.add(new NewTopic(name, partitions, (short) 1));
            }
            topics.add(new NewTopic("consents", partitions, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        producer = new KafkaProducer<>(producerProperties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * A base time for test events: two hours ago. Never a fixed date: the broker deletes records older than
     * the topics' retention (7 days), and would delete a fixed past date's records under the test's feet.
     */
    static Instant recent() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
    }

    /** The pipeline's configuration on this cluster, with application id {@code appId}. */
    PipelineConfig config(String appId) {
        Properties properties = new Properties();
        properties.setProperty("stepin.channels", CHANNEL + ":instagram");
        properties.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.setProperty("kafka.application.id", appId);
        properties.setProperty("kafka.commit.interval.ms", "100");
        return ConfigLoader.load(properties);
    }

    /** Kafka Streams overrides for one instance: its own state folder. */
    static Properties instance(Path stateDir) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return properties;
    }

    /** Writes {@code config} as a properties file for a separate process. */
    static Path write(Path file, Map<String, String> properties) {
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        try {
            return Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void consent(String youthId, Instant from) {
        send("consents", youthId, String.format("{\"youthId\":\"%s\",\"status\":\"GRANTED\",\"channels\":[\"%s\"],"
                + "\"grantedBy\":\"YOUTH\",\"validFrom\":\"%s\",\"validUntil\":null,\"birthYear\":2010,"
                + "\"assignedCaseworker\":\"cw-1\",\"recordedAt\":\"%s\"}", youthId, CHANNEL, from, from), from);
    }

    void revoke(String youthId, Instant at) {
        sendRaw("consents", bytes(youthId), null, at);
    }

    void message(String eventId, String youthId, Instant sentAt, String text) {
        send("messages", youthId, String.format("{\"eventId\":\"%s\",\"youthId\":\"%s\",\"channelId\":\"%s\","
                + "\"platform\":\"instagram\",\"direction\":\"INBOUND\",\"conversationId\":\"c-%s\","
                + "\"sentAt\":\"%s\",\"text\":\"%s\"}", eventId, youthId, CHANNEL, youthId, sentAt, text), sentAt);
    }

    void send(String topic, String key, String value, Instant at) {
        sendRaw(topic, bytes(key), bytes(value), at);
    }

    void sendRaw(String topic, byte[] key, byte[] value, Instant at) {
        producer.send(new ProducerRecord<>(topic, null, at.toEpochMilli(), key, value));
    }

    void flush() {
        producer.flush();
    }

    /** Reads {@code topic}, committed records only, until {@code done} holds for what was read, or the timeout. */
    List<JsonNode> readUntil(String topic, Predicate<List<JsonNode>> done, Duration timeout) {
        List<JsonNode> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(read) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(json(record.value()));
                }
            }
        }
        return read;
    }

    /** Reads everything committed to {@code topic} that arrives within {@code quiet} of the last record. */
    List<JsonNode> readAll(String topic, int atLeast, Duration timeout) {
        return readUntil(topic, read -> read.size() >= atLeast, timeout);
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(byte[] value) {
        try {
            return MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        kafka.close();
    }
}
