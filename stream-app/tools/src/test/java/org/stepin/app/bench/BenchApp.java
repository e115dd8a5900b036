package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.run.PipelineRunner;
import org.stepin.app.topology.PipelineTopology;
import org.stepin.core.Detector;

/**
 * One Kafka Streams application under test, the real pipeline (through {@link PipelineRunner}, as {@code run}
 * starts it) or the no-op, with an application id and a state folder of its own, so it reads its input from the
 * start. Closing (again is harmless) leaves the group and deletes the folder. Not thread-safe.
 */
final class BenchApp implements AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String applicationId;
    private final Path stateDir;
    private final KafkaStreams streams;
    private final long commitIntervalMs;
    private boolean closed;

    private BenchApp(String applicationId, Path stateDir, KafkaStreams streams, Properties effective) {
        this.applicationId = applicationId;
        this.stateDir = stateDir;
        this.streams = streams;
        this.commitIntervalMs = new StreamsConfig(effective).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
    }

    /**
     * The pipeline with the configuration of a fresh install that allows {@link BenchEvents#CHANNEL}, scoring with
     * {@code detector} and telling {@code listener}.
     */
    static BenchApp pipeline(String applicationId, String bootstrap, Detector detector, PipelineListener listener) {
        Properties settings = new Properties();
        settings.setProperty("stepin.channels", BenchEvents.CHANNEL + ":" + BenchEvents.PLATFORM);
        settings.setProperty("kafka.bootstrap.servers", bootstrap);
        settings.setProperty("kafka.application.id", applicationId);
        PipelineConfig config = ConfigLoader.load(settings);
        Path stateDir = stateDir(applicationId);
        Properties overrides = new Properties();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        PipelineRunner runner = new PipelineRunner(config, detector, listener, overrides);
        Properties effective = new PipelineTopology(config, detector, listener).streamsProperties();
        effective.putAll(overrides);
        return new BenchApp(applicationId, stateDir, runner.streams(), effective);
    }

    /** The no-op topology from {@code input} to {@code output}. */
    static BenchApp noOp(String applicationId, String bootstrap, String input, String output) {
        Path stateDir = stateDir(applicationId);
        Properties properties = NoOpTopology.properties(applicationId, bootstrap);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new BenchApp(applicationId, stateDir, new KafkaStreams(NoOpTopology.build(input, output), properties),
                properties);
    }

    /** The application id, which is also the consumer group of its input. */
    String applicationId() {
        return applicationId;
    }

    /** Kafka Streams' effective {@code commit.interval.ms}: how long an exactly-once transaction stays open. */
    long commitIntervalMs() {
        return commitIntervalMs;
    }

    /** Starts processing. */
    void start() {
        streams.start();
    }

    /** Waits until RUNNING, at most {@code timeout}. */
    void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException(applicationId + " is " + streams.state() + ", not RUNNING");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        try (Stream<Path> paths = Files.walk(stateDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + stateDir, e);
        }
    }

    private static Path stateDir(String applicationId) {
        requireNonNull(applicationId, "applicationId");
        try {
            return Files.createTempDirectory("stepin-bench-" + applicationId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state folder", e);
        }
    }
}
