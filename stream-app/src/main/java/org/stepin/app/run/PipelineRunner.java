package org.stepin.app.run;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepin.app.config.ConfigException;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.topology.PipelineTopology;
import org.stepin.core.Detector;
import org.stepin.core.deep.DeepTier;

/**
 * One instance of the pipeline on a Kafka cluster: builds the topology and its Kafka Streams client from the
 * configuration, starts it, reports whether it is running, and closes it gracefully. A stream thread that dies
 * of an unexpected error is replaced (bad records never get that far: they go to dead letters). Logs state
 * changes only, never record content.
 */
public final class PipelineRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    private final KafkaStreams streams;
    private final DeepTier deep;

    /**
     * A runner for {@code config}, scoring with {@code detector}; {@code overrides} are Kafka Streams settings
     * applied last (e.g. a state folder per instance in tests).
     */
    public PipelineRunner(PipelineConfig config, Detector detector, PipelineListener listener,
                          Properties overrides) {
        requireNonNull(config, "config");
        PipelineTopology pipeline = new PipelineTopology(config, detector, listener);
        deep = pipeline.deepTier();
        Properties properties = pipeline.streamsProperties();
        properties.putAll(overrides);
        if (!properties.containsKey(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new ConfigException("kafka.bootstrap.servers", "is required to run on a cluster");
        }
        try {
            streams = new KafkaStreams(pipeline.build(), properties);
        } catch (org.apache.kafka.common.config.ConfigException e) {
            throw new ConfigException("kafka." + (e.getMessage() == null ? "?" : e.getMessage()),
                    "rejected by Kafka Streams");
        }
        streams.setStateListener((now, before) -> LOG.info("Kafka Streams {} -> {}", before, now));
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("stream thread failed with {}; replacing it", exception.getClass().getName());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /**
     * Starts processing. When the deep tier is on, its models load first (seconds), eagerly rather than on the
     * first uncertain message: the instance is not ready until they are, and no stream thread stalls on the load
     * mid-stream while the others skip the deep tier as busy. A failed load is logged, and the fast tier's
     * assessments stand.
     */
    public void start() {
        if (deep.settings().enabled()) {
            long begin = System.nanoTime();
            try {
                deep.warmUp();
                LOG.info("deep tier loaded in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
            } catch (IllegalStateException e) {
                LOG.warn("deep tier failed to load ({}); the fast tier's assessments stand",
                        e.getCause() == null ? e.getClass().getName() : e.getCause().getClass().getName());
            }
        }
        streams.start();
    }

    /** The Kafka Streams client (for metrics binding and interactive queries). */
    public KafkaStreams streams() {
        return streams;
    }

    /** True while Kafka Streams is RUNNING (ready to serve). */
    public boolean isRunning() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Waits until RUNNING; false when {@code timeout} passes first or the client failed. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return false;
    }

    /** Closes gracefully: commits, leaves the group, within {@code timeout}. */
    public boolean close(Duration timeout) {
        return streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
