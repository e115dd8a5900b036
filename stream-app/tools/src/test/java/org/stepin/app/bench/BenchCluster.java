package org.stepin.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.embedded.EmbeddedKafka;
import org.stepin.app.topics.TopicCreator;
import org.stepin.app.topics.TopicDefinitions;
import org.stepin.app.topics.TopicRole;

/**
 * The benchmark's broker: one embedded single-node KRaft Kafka with the pipeline's topics as
 * {@link TopicRole} defines them (replication factor 1), the no-op's topics with the same
 * partition count, a bulk producer, and the offsets the measurements read. Not thread-safe.
 */
final class BenchCluster implements AutoCloseable {
    /** Where the no-op topology writes. */
    static final String NOOP_OUT = "bench-noop-out";
    /** The no-op's input in its latency run (the pipeline's {@code messages} holds the throughput load). */
    static final String NOOP_LATENCY_IN = "bench-noop-latency-in";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedKafka kafka;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicLong failedSends = new AtomicLong();
    private final int partitions;

    private BenchCluster(EmbeddedKafka kafka) {
        this.kafka = kafka;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
        TopicDefinitions topics = TopicDefinitions.of(PipelineConfig.defaults().topics())
                .withReplicationFactor((short) 1);
        new TopicCreator(admin, TIMEOUT).createOrCheck(topics);
        this.partitions = topics.get(TopicRole.MESSAGES).partitions();
        await(admin.createTopics(List.of(new NewTopic(NOOP_OUT, partitions, (short) 1),
                new NewTopic(NOOP_LATENCY_IN, partitions, (short) 1))).all());
        this.producer = new KafkaProducer<>(bulkProducer(kafka.bootstrapServers()), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /**
     * Starts the broker; with {@code fsync} it flushes to disk after every append (as for the integration tests),
     * otherwise it leaves flushing to the operating system, Kafka's default.
     */
    static BenchCluster start(boolean fsync) {
        Map<String, String> broker = fsync ? Map.of()
                : Map.of("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start(Files.createTempDirectory("stepin-bench-kafka"), true, 0, broker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's data folder", e);
        }
        try {
            return new BenchCluster(kafka);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** The bootstrap servers. */
    String bootstrap() {
        return kafka.bootstrapServers();
    }

    /** Partitions of the pipeline's input topics (and of the no-op's). */
    int partitions() {
        return partitions;
    }

    /** Sends one record with the bulk producer (asynchronously; see {@link #flush()}). */
    void send(String topic, String key, byte[] value, Instant timestamp) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), keyBytes, value),
                (metadata, error) -> {
                    if (error != null) {
                        failedSends.incrementAndGet();
                    }
                });
    }

    /** Waits until everything sent is acknowledged; fails when a send failed. */
    void flush() {
        producer.flush();
        if (failedSends.get() > 0) {
            throw new IllegalStateException(failedSends.get() + " records could not be written");
        }
    }

    /** The sum over partitions of {@code topic} of the offsets group {@code groupId} committed. */
    long committed(String groupId, String topic) {
        Map<TopicPartition, OffsetAndMetadata> offsets = await(admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata());
        return offsets.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
                .mapToLong(entry -> entry.getValue().offset()).sum();
    }

    private static Properties bulkProducer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return properties;
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
        kafka.close();
    }
}
