package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds the meters the pipeline does not count itself: the JVM's and the process's (memory, GC, threads, class
 * loading, CPU, uptime) and Kafka Streams' own metrics (client state, threads, lag, commit and process rates),
 * through Micrometer's binders rather than re-implemented (STYLE 16).
 */
public final class RuntimeMetrics {
    private RuntimeMetrics() {
    }

    /**
     * Binds the JVM and process meters ({@code jvm_*}, {@code process_*}, {@code system_*}) to {@code registry}.
     * Close the result at shutdown to stop listening for GC events.
     */
    public static AutoCloseable bindJvmAndProcess(MeterRegistry registry) {
        requireNonNull(registry, "registry");
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return gc;
    }

    /**
     * Binds Kafka Streams' own metrics of {@code streams} ({@code kafka_stream_*}, {@code kafka_consumer_*},
     * {@code kafka_producer_*}, ...) to {@code registry}; the binder re-checks for new metrics (e.g. of threads
     * started later) every minute. Call it after creating {@code streams}, and close the result before closing it.
     */
    public static KafkaStreamsMetrics bindKafkaStreams(MeterRegistry registry, KafkaStreams streams) {
        requireNonNull(registry, "registry");
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(requireNonNull(streams, "streams"));
        metrics.bindTo(registry);
        return metrics;
    }
}
