package org.stepin.app.observe;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.topology.PipelineTopology;
import org.stepin.core.Detector;

/** Real scrapes of a registry wired the way the pipeline wires it, for tests of names and of privacy. */
final class Scrapes {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)", Pattern.MULTILINE);

    private Scrapes() {
    }

    /**
     * The scrape of the pipeline's registry: the listener, the instance's gauges (versions, consents), the JVM and
     * process binders, and Kafka Streams' metrics of a real but unstarted {@link KafkaStreams} over the real
     * topology (its clients register their metrics when created; no broker is needed until it starts).
     */
    @SuppressWarnings("try") // the binders are resources only to be closed after the scrape
    static String ofPipeline() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MicrometerListener listener = new MicrometerListener(registry, Clock.systemUTC());
        InstanceGauges gauges = new InstanceGauges(registry);
        gauges.versions("2025.06-1", "rules-1");
        gauges.consentCounts(status -> 3);
        try (AutoCloseable jvm = RuntimeMetrics.bindJvmAndProcess(registry)) {
            PipelineTopology topology = new PipelineTopology(PipelineConfig.defaults(), Detector.packaged(), listener);
            Properties properties = topology.streamsProperties();
            properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
            properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("stepin-scrape").toString());
            try (KafkaStreams streams = new KafkaStreams(topology.build(), properties);
                 AutoCloseable kafka = RuntimeMetrics.bindKafkaStreams(registry, streams)) {
                return registry.scrape();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of every sample in {@code scrape} (with their {@code _total}, {@code _bucket}, ... suffixes). */
    static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = SAMPLE.matcher(scrape);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
