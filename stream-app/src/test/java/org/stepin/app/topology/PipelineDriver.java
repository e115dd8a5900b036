package org.stepin.app.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.stepin.app.config.ConfigLoader;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.topics.Topics;
import org.stepin.app.decide.YouthState;
import org.stepin.app.event.StoredConsent;
import org.stepin.app.observe.MeterCounts;
import org.stepin.app.observe.MicrometerListener;
import org.stepin.core.Detector;
import org.stepin.core.deep.DeepTier;

/**
 * The real topology in a {@link TopologyTestDriver}, with raw-bytes input topics (so poison pills can be sent as
 * they would arrive) and JSON output. Each instance has its own state folder; close it.
 */
final class PipelineDriver implements AutoCloseable {
    static final Detector DETECTOR = Detector.packaged();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** What the pipeline counted, read from its meters. */
    final MeterCounts counts = new MeterCounts(meters);
    final PipelineConfig config;
    final DeepTier deepTier;
    private final TopologyTestDriver driver;
    private final Path stateDir;
    private final TestInputTopic<byte[], byte[]> messages;
    private final TestInputTopic<byte[], byte[]> consents;
    private final TestInputTopic<byte[], byte[]> actions;
    private final TestOutputTopic<String, String> alerts;
    private final TestOutputTopic<byte[], String> deadLetters;

    PipelineDriver() {
        this(new Properties());
    }

    PipelineDriver(Properties overrides) {
        this(overrides, new Properties());
    }

    /**
     * A driver over the defaults plus {@code overrides} (channels agency-ig on instagram and agency-wa on
     * whatsapp), with {@code streamsOverrides} on top of the pipeline's Kafka Streams settings.
     */
    PipelineDriver(Properties overrides, Properties streamsOverrides) {
        Properties properties = new Properties();
        properties.setProperty("stepin.channels", "agency-ig:instagram,agency-wa:whatsapp");
        properties.setProperty("stepin.working-hours.zone", "Europe/London");
        properties.putAll(overrides);
        config = ConfigLoader.load(properties);
        PipelineTopology pipeline = new PipelineTopology(config, DETECTOR,
                new MicrometerListener(meters, Clock.systemUTC()));
        deepTier = pipeline.deepTier();
        Properties streams = pipeline.streamsProperties();
        try {
            stateDir = Files.createTempDirectory("stepin-ttd");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        streams.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        streams.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        streams.putAll(streamsOverrides);
        driver = new TopologyTestDriver(pipeline.build(), streams, Instant.parse("2026-03-02T12:00:00Z"));
        Topics topics = config.topics();
        ByteArraySerializer bytes = new ByteArraySerializer();
        messages = driver.createInputTopic(topics.messages(), bytes, bytes);
        consents = driver.createInputTopic(topics.consents(), bytes, bytes);
        actions = driver.createInputTopic(topics.alertActions(), bytes, bytes);
        alerts = driver.createOutputTopic(topics.alerts(), new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters(), new ByteArrayDeserializer(),
                new StringDeserializer());
    }

    void consent(ObjectNode consent) {
        String youthId = consent.get("youthId").asText();
        consents.pipeInput(utf8(youthId), utf8(consent.toString()), Instant.parse(consent.get("recordedAt").asText()));
    }

    void revoke(String youthId, Instant at) {
        consents.pipeInput(utf8(youthId), null, at);
    }

    void send(ObjectNode message) {
        send(message.get("youthId").asText(), message);
    }

    void send(String key, ObjectNode message) {
        messages.pipeInput(utf8(key), utf8(message.toString()), Instant.parse(message.get("sentAt").asText()));
    }

    void sendRaw(byte[] key, byte[] value, Instant at) {
        messages.pipeInput(key, value, at);
    }

    void consentRaw(byte[] key, byte[] value, Instant at) {
        consents.pipeInput(key, value, at);
    }

    void actionRaw(byte[] key, byte[] value, Instant at) {
        actions.pipeInput(key, value, at);
    }

    void act(String youthId, ObjectNode action) {
        actions.pipeInput(utf8(youthId), utf8(action.toString()), Instant.parse(action.get("at").asText()));
    }

    /** Alerts written since the last call, as JSON. */
    List<JsonNode> alerts() {
        List<JsonNode> out = new ArrayList<>();
        for (String value : alerts.readValuesToList()) {
            out.add(json(value));
        }
        return out;
    }

    /** Dead letters written since the last call, as JSON. */
    List<JsonNode> deadLetters() {
        List<JsonNode> out = new ArrayList<>();
        for (String value : deadLetters.readValuesToList()) {
            out.add(json(value));
        }
        return out;
    }

    java.util.Set<String> producedTopics() {
        return driver.producedTopicNames();
    }

    void advanceWallClock(java.time.Duration duration) {
        driver.advanceWallClockTime(duration);
    }

    KeyValueStore<String, YouthState> youthStates() {
        return driver.getKeyValueStore(NodeNames.YOUTH_STATE_STORE);
    }

    KeyValueStore<String, StoredConsent> consentStore() {
        return driver.getKeyValueStore(NodeNames.CONSENT_STORE);
    }

    /** The consent store's changelog values written since the last call, as the bytes a restore reads. */
    List<byte[]> consentChangelogValues() {
        String topic = "stepin-detector-" + NodeNames.CONSENT_STORE + "-changelog";
        return driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .readValuesToList();
    }

    Map<String, Long> counts() {
        return counts.snapshot();
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String value) {
        try {
            return Events.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        try (var paths = Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
