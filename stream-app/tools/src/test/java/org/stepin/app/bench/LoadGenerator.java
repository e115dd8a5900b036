package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends messages open-loop at a fixed rate: message {@code seq} goes out when the {@link Schedule} says it is due,
 * whatever the broker answers; nothing waits for an acknowledgement. Its producer has Kafka's defaults
 * ({@code acks=all}, idempotent, {@code linger.ms=5}), as an upstream ingest service would. Not thread-safe.
 */
final class LoadGenerator implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final BenchEvents events = new BenchEvents();
    private final AtomicLong failed = new AtomicLong();

    LoadGenerator(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends {@code count} messages of {@code mix} to {@code topic} on {@code schedule}; returns when all are sent. */
    Sent run(String topic, Schedule schedule, long count, MessageMix mix, int probeEvery) {
        requireNonNull(schedule, "schedule");
        long probes = 0;
        long maxLag = 0;
        long seq = 0;
        while (seq < count) {
            long now = System.nanoTime();
            long due = Math.min(count, schedule.dueBy(now));
            for (; seq < due; seq++) {
                maxLag = Math.max(maxLag, System.nanoTime() - schedule.dueNanos(seq));
                MessageMix.Message message = mix.timed(seq, probeEvery);
                probes += message.risk() ? 1 : 0;
                Instant sentAt = schedule.dueInstant(seq);
                producer.send(new ProducerRecord<>(topic, null, sentAt.toEpochMilli(),
                        message.youthId().getBytes(StandardCharsets.UTF_8),
                        events.message(Schedule.eventId(seq), message.youthId(), sentAt, message.text())),
                        (metadata, error) -> {
                            if (error != null) {
                                failed.incrementAndGet();
                            }
                        });
            }
            long wait = schedule.dueNanos(seq) - System.nanoTime();
            if (wait > 0 && seq < count) {
                LockSupport.parkNanos(wait);
            }
        }
        double seconds = (System.nanoTime() - schedule.dueNanos(0)) / 1e9;
        producer.flush();
        return new Sent(count, probes, seconds, maxLag / 1e6, failed.get());
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
