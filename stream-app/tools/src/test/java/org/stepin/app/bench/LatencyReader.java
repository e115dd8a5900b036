package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from its current end, committed records only ({@code read_committed}, as a caseworker's client
 * reads alerts), on a thread of its own. For each record naming a timed event ({@code eventIdOf}), the latency
 * is the monotonic time at which {@code poll} returned it minus the time the event was due; events due from
 * {@code fromSeq} on are recorded (the earlier ones are warm-up). The consumer has Kafka's defaults otherwise.
 */
final class LatencyReader implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Schedule schedule;
    private final Function<byte[], String> eventIdOf;
    private final long fromSeq;
    private final Histogram histogram = new SynchronizedHistogram(3_600_000_000L, 3);
    private final AtomicLong seen = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    /** Positions at the end of {@code topic} now, then reads until closed. */
    LatencyReader(String bootstrap, String topic, Schedule schedule, Function<byte[], String> eventIdOf,
                  long fromSeq) {
        this.schedule = requireNonNull(schedule, "schedule");
        this.eventIdOf = requireNonNull(eventIdOf, "eventIdOf");
        this.fromSeq = fromSeq;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::read, "bench-latency-reader");
        thread.start();
    }

    private void read() {
        while (running.get()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                String eventId = eventIdOf.apply(record.value());
                long seq = eventId == null ? -1 : Schedule.seqOf(eventId);
                if (seq >= 0) {
                    seen.incrementAndGet();
                    if (seq >= fromSeq) {
                        histogram.recordValue(Math.max(0, (now - schedule.dueNanos(seq)) / 1000));
                    }
                }
            }
        }
    }

    /** Records read that name a timed event, warm-up included. */
    long seen() {
        return seen.get();
    }

    /** The latencies recorded so far. */
    Latency latency() {
        return Latency.of(histogram.copy());
    }

    /** Stops reading and closes the consumer; when interrupted while waiting, leaves it to the reading thread. */
    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
