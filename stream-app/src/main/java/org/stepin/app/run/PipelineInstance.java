package org.stepin.app.run;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.event.ConsentStatus;
import org.stepin.app.event.StoredConsent;
import org.stepin.app.http.OpsServer;
import org.stepin.app.observe.InstanceGauges;
import org.stepin.app.observe.MicrometerListener;
import org.stepin.app.observe.RuntimeMetrics;
import org.stepin.app.topology.NodeNames;
import org.stepin.core.Detector;
import org.stepin.core.deep.DeepTier;

/**
 * A running pipeline with its operations side, wired in one place for {@code run} and {@code demo}: metrics (the
 * pipeline's own, Kafka Streams', JVM and process) on a {@link CompositeMeterRegistry} of the Prometheus registry
 * and any registry the caller adds (the demo's summary), and the HTTP server for {@code /metrics} and health, ready
 * only while Kafka Streams is RUNNING. Closed in reverse order.
 */
public final class PipelineInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineInstance.class);

    private final PrometheusMeterRegistry prometheus;
    private final AutoCloseable jvmMetrics;
    private final PipelineRunner runner;
    private final KafkaStreamsMetrics streamsMetrics;
    private final OpsServer server;

    private PipelineInstance(PipelineConfig config, Detector detector, List<MeterRegistry> alsoReportTo,
                             Properties overrides, String httpHost, int httpPort) {
        prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CompositeMeterRegistry registry = new CompositeMeterRegistry().add(prometheus);
        alsoReportTo.forEach(registry::add);
        jvmMetrics = RuntimeMetrics.bindJvmAndProcess(registry);
        InstanceGauges gauges = new InstanceGauges(registry);
        String modelVersion = config.deep().enabled() ? DeepTier.modelVersion(detector) : detector.modelVersion();
        gauges.versions(detector.lexicon().version().toString(), modelVersion);
        runner = new PipelineRunner(config, detector, new MicrometerListener(registry, Clock.systemUTC()), overrides);
        gauges.consentCounts(status -> countConsents(runner.streams(), status));
        streamsMetrics = RuntimeMetrics.bindKafkaStreams(registry, runner.streams());
        server = OpsServer.builder(prometheus, runner::isRunning).host(httpHost).port(httpPort).start();
    }

    /**
     * Starts the pipeline over {@code config} with its HTTP server on {@code httpHost}:{@code httpPort} (0 for a
     * free port); every meter is also registered in each of {@code alsoReportTo} (e.g. a {@code SimpleMeterRegistry}
     * to read counts from), which the caller keeps and closes.
     */
    public static PipelineInstance start(PipelineConfig config, Detector detector, List<MeterRegistry> alsoReportTo,
                                         Properties overrides, String httpHost, int httpPort) {
        PipelineInstance instance = new PipelineInstance(config, detector, List.copyOf(alsoReportTo), overrides,
                httpHost, httpPort);
        instance.runner.start();
        return instance;
    }

    /** The running pipeline, to ask whether it is running or to close it with the instance. */
    public PipelineRunner runner() {
        return runner;
    }

    /** The HTTP base address, e.g. {@code http://127.0.0.1:9400}. */
    public String httpBase() {
        return "http://" + server.address().getHostString() + ":" + server.port();
    }

    /** Closes the HTTP server, the pipeline (gracefully, within {@code timeout}) and the Prometheus registry. */
    public void close(Duration timeout) {
        server.close();
        streamsMetrics.close();
        runner.close(timeout);
        try {
            jvmMetrics.close();
        } catch (Exception e) {
            LOG.warn("closing JVM metrics failed: {}", e.getClass().getName());
        }
        prometheus.close();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /**
     * Consent records in this instance's consent table by status, for the gauge: one pass over the local store,
     * read at scrape time (revoked includes tombstones, kept as revoked markers).
     */
    private static long countConsents(KafkaStreams streams, ConsentStatus status) {
        ReadOnlyKeyValueStore<String, StoredConsent> store = streams.store(StoreQueryParameters.fromNameAndType(
                NodeNames.CONSENT_STORE, QueryableStoreTypes.<String, StoredConsent>keyValueStore()));
        long count = 0;
        try (KeyValueIterator<String, StoredConsent> all = store.all()) {
            while (all.hasNext()) {
                boolean revoked = all.next().value.revoked();
                if (revoked == (status == ConsentStatus.REVOKED)) {
                    count++;
                }
            }
        }
        return count;
    }
}
