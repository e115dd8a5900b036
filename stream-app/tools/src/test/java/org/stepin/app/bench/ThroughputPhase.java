package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.stepin.app.observe.MeterCounts;
import org.stepin.app.observe.MicrometerListener;
import org.stepin.app.topics.TopicRole;
import org.stepin.core.Detector;

/**
 * The throughput phase: consents for every youth, the pre-loaded messages, and rounds in which a fresh no-op and
 * then a fresh pipeline each consume all of them from the start. The last round's pipeline is left running for
 * the latency phase. Not thread-safe.
 */
final class ThroughputPhase {
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(20);
    private static final String MESSAGES = TopicRole.MESSAGES.defaultName();
    private static final String CONSENTS = TopicRole.CONSENTS.defaultName();

    private final BenchCluster cluster;
    private final BenchSettings settings;
    private final Detector detector;
    private final BenchEvents events = new BenchEvents();

    ThroughputPhase(BenchCluster cluster, BenchSettings settings, Detector detector) {
        this.cluster = requireNonNull(cluster, "cluster");
        this.settings = requireNonNull(settings, "settings");
        this.detector = requireNonNull(detector, "detector");
    }

    /** Consents, granted a day ago on the allowed channel, for the regular youths and the latency probes. */
    void writeConsents() {
        Instant from = Instant.now().minus(Duration.ofDays(1));
        for (int y = 0; y < settings.youths(); y++) {
            cluster.send(CONSENTS, MessageMix.youth(y), events.consent(MessageMix.youth(y), from),
                    from);
        }
        for (int p = 0; p < settings.probeYouths(); p++) {
            cluster.send(CONSENTS, MessageMix.probe(p), events.consent(MessageMix.probe(p), from),
                    from);
        }
        cluster.flush();
    }

    /** The messages every round consumes, sent now. */
    void preload(BenchTexts texts) {
        MessageMix mix = new MessageMix(texts, settings.youths(), settings.seed());
        for (int i = 0; i < settings.messages(); i++) {
            MessageMix.Message message = mix.next(settings.riskShare());
            Instant sentAt = Instant.now();
            cluster.send(MESSAGES, message.youthId(),
                    events.message("t-" + i, message.youthId(), sentAt, message.text()), sentAt);
        }
        cluster.flush();
    }

    /** A fresh no-op from the start of {@code messages}, measured and closed. */
    Throughput noOp(int round) throws InterruptedException {
        try (BenchApp app = BenchApp.noOp("bench-noop-" + round, cluster.bootstrap(), MESSAGES,
                BenchCluster.NOOP_OUT)) {
            return measure(app);
        }
    }

    /**
     * A fresh pipeline from the start of {@code messages}, measured; every message must have passed the consent
     * gate and been scored. Returned running, with {@code tap} hearing its alerts.
     */
    RunningPipeline pipeline(int round, EmitTap tap) throws InterruptedException {
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MeterCounts counts = new MeterCounts(meters);
        BenchApp app = BenchApp.pipeline("bench-pipeline-" + round, cluster.bootstrap(), detector,
                Tee.of(new MicrometerListener(meters, Clock.systemUTC()), tap));
        try {
            Throughput throughput = measure(app);
            long scored = counts.count("scored.INBOUND");
            long rejected = counts.snapshot().entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("blocked.") || entry.getKey().startsWith("deadLetter."))
                    .mapToLong(entry -> entry.getValue()).sum();
            if (scored != settings.messages() || rejected != 0) {
                throw new IllegalStateException("the pipeline scored " + scored + " of " + settings.messages()
                        + " messages and blocked or dead-lettered " + rejected + ": " + counts.snapshot().keySet());
            }
            long alerts = counts.snapshot().entrySet().stream().filter(entry -> entry.getKey().startsWith("alert."))
                    .mapToLong(entry -> entry.getValue()).sum();
            return new RunningPipeline(app, throughput, scored, alerts);
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
    }

    private Throughput measure(BenchApp app) throws InterruptedException {
        CpuMeter cpu = new CpuMeter();
        app.start();
        return ConsumptionWatch.await(cluster, app.applicationId(), MESSAGES, settings.messages(),
                cpu, ROUND_TIMEOUT);
    }

    /**
     * A pipeline after its throughput round, still running.
     *
     * @param app the application (the caller closes it)
     * @param throughput how fast it consumed the pre-loaded messages
     * @param scored messages it scored
     * @param alerts alerts it emitted
     */
    record RunningPipeline(BenchApp app, Throughput throughput, long scored, long alerts) {
    }
}
