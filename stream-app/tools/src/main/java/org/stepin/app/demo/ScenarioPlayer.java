package org.stepin.app.demo;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plays scenario records onto the broker at a steady pace ({@code rate} records a second), each with its
 * simulated timestamp, on its own thread until done or closed.
 */
public final class ScenarioPlayer implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger played = new AtomicInteger();

    /** Starts playing {@code records} to {@code bootstrap} at {@code rate} records a second. */
    public ScenarioPlayer(String bootstrap, List<ScenarioRecord> records, double rate) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
        long pauseNanos = (long) (1_000_000_000L / rate);
        thread = new Thread(() -> play(records, pauseNanos), "stepin-demo-player");
        thread.setDaemon(true);
        thread.start();
    }

    private void play(List<ScenarioRecord> records, long pauseNanos) {
        long next = System.nanoTime();
        for (ScenarioRecord record : records) {
            if (!running.get()) {
                return;
            }
            producer.send(new ProducerRecord<>(record.topic(), null, record.timestamp().toEpochMilli(),
                    record.key(), record.value()));
            producer.flush();
            played.incrementAndGet();
            next += pauseNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** How many records have been sent. */
    public int played() {
        return played.get();
    }

    /** True when every record has been sent (or playing stopped). */
    public boolean done() {
        return !thread.isAlive();
    }

    /** Stops playing, waits up to 10 s for the player (an interrupt ends the wait early) and closes the producer. */
    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
