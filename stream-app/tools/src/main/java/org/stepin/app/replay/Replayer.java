package org.stepin.app.replay;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.observe.PipelineListener;
import org.stepin.app.serde.Json;
import org.stepin.app.topology.PipelineTopology;
import org.stepin.core.Detector;

/**
 * Runs consent records, then message events, through the pipeline's real topology in a
 * {@link TopologyTestDriver}, each event at its {@code sentAt} (the driver's clock follows, so an alert's
 * {@code detectedAt} is when it would have been raised). Alerts and dead letters go to the given consumers as
 * they appear. Runs at-least-once: one in-memory pass has nothing to retry, and the test driver only shows dead
 * letters that way.
 */
public final class Replayer {
    private final PipelineConfig config;
    private final Detector detector;
    private final PipelineListener listener;

    /** A replayer of {@code config}'s pipeline scoring with {@code detector}. */
    public Replayer(PipelineConfig config, Detector detector, PipelineListener listener) {
        this.config = requireNonNull(config, "config");
        this.detector = requireNonNull(detector, "detector");
        this.listener = requireNonNull(listener, "listener");
    }

    /** Replays {@code consents}, then {@code events}; alerts and dead letters as JSON to the consumers. */
    public void replay(List<ReplayInput> consents, List<ReplayInput> events, Consumer<JsonNode> alerts,
                       Consumer<JsonNode> deadLetters) {
        PipelineTopology pipeline = new PipelineTopology(config, detector, listener);
        Properties properties = pipeline.streamsProperties();
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "replay:9092");
        Path stateDir = temporaryFolder();
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Instant start = Stream.concat(consents.stream(), events.stream()).map(ReplayInput::timestamp)
                .min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        ObjectMapper mapper = Json.mapper();
        try (TopologyTestDriver driver = new TopologyTestDriver(pipeline.build(), properties, start)) {
            ByteArraySerializer bytes = new ByteArraySerializer();
            TestInputTopic<byte[], byte[]> consentTopic =
                    driver.createInputTopic(config.topics().consents(), bytes, bytes);
            TestInputTopic<byte[], byte[]> messageTopic =
                    driver.createInputTopic(config.topics().messages(), bytes, bytes);
            TestOutputTopic<String, String> alertTopic = driver.createOutputTopic(config.topics().alerts(),
                    new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<String, String> deadLetterTopic = driver.createOutputTopic(
                    config.topics().deadLetters(), new StringDeserializer(), new StringDeserializer());
            Instant clock = start;
            for (List<ReplayInput> inputs : List.of(consents, events)) {
                TestInputTopic<byte[], byte[]> topic = inputs == consents ? consentTopic : messageTopic;
                for (ReplayInput input : inputs) {
                    if (input.timestamp().isAfter(clock)) {
                        driver.advanceWallClockTime(Duration.between(clock, input.timestamp()));
                        clock = input.timestamp();
                    }
                    topic.pipeInput(input.key(), input.value(), input.timestamp());
                    drain(alertTopic, alerts, mapper);
                    drain(deadLetterTopic, deadLetters, mapper);
                }
            }
        } finally {
            delete(stateDir);
        }
    }

    private static void drain(TestOutputTopic<String, String> topic, Consumer<JsonNode> sink, ObjectMapper mapper) {
        while (!topic.isEmpty()) {
            try {
                sink.accept(mapper.readTree(topic.readValue()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("stepin-replay");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state folder for the replay", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
