package org.stepin.app.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stepin.app.config.PipelineConfig;
import org.stepin.app.topics.TopicRole;
import org.stepin.core.Detector;
import org.stepin.core.score.Severity;

/**
 * The end-to-end benchmark on a real broker (issue 5): one embedded KRaft broker; throughput of the pipeline
 * against a no-op exactly-once topology over the same pre-loaded messages; then event-to-alert latency with the
 * pipeline (and the no-op's copy latency) under an open-loop fixed rate. Prints a Markdown report on stdout and
 * progress on stderr, and exits when done (whatever threads a failure left behind). Arguments:
 * {@code --name=value}, see {@link BenchSettings}. Run it with {@code stream-app/tools/e2e-bench.sh}.
 */
public final class EndToEndBenchmark {
    private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(60);

    private EndToEndBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("e2e-bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            System.out.println(run(settings).markdown(settings));
        } catch (RuntimeException e) {
            System.err.println("e2e-bench failed: " + e);
            status = 1;
        }
        System.exit(status);
    }

    /** Runs the benchmark with {@code settings}. */
    static BenchResults run(BenchSettings settings) throws InterruptedException {
        String loadBefore = LoadAverage.now();
        Instant started = Instant.now();
        Severity threshold = PipelineConfig.defaults().alerts().threshold();
        Detector detector = Detector.packaged();
        BenchTexts texts = BenchTexts.load(settings.corpus(), detector, threshold);
        progress("texts: %d everyday, %d risk; starting the broker", texts.everyday().size(), texts.risk().size());
        List<RoundResult> rounds = new ArrayList<>();
        List<LatencyRun> runs = new ArrayList<>();
        Map<String, String> setup = new LinkedHashMap<>();
        try (BenchCluster cluster = BenchCluster.start(settings.brokerFsync())) {
            ThroughputPhase throughput = new ThroughputPhase(cluster, settings, detector);
            throughput.writeConsents();
            long preload = System.nanoTime();
            throughput.preload(texts);
            progress("pre-loaded %,d messages in %.1f s", settings.messages(), (System.nanoTime() - preload) / 1e9);
            EmitTap tap = new EmitTap();
            BenchApp pipeline = null;
            try {
                for (int round = 1; round <= settings.rounds(); round++) {
                    if (pipeline != null) {
                        pipeline.close();
                    }
                    Throughput noOp = throughput.noOp(round);
                    progress("round %d: no-op %,.0f msg/s", round, noOp.perSecond());
                    ThroughputPhase.RunningPipeline running = throughput.pipeline(round, tap);
                    pipeline = running.app();
                    progress("round %d: pipeline %,.0f msg/s", round, running.throughput().perSecond());
                    rounds.add(new RoundResult(round, noOp, running.throughput(), running.scored(),
                            running.alerts(), LoadAverage.now()));
                }
                setup.put("commit.interval.ms (effective, both topologies)", pipeline.commitIntervalMs() + "");
                progress("latency: pipeline at %,d msg/s for %d s", settings.rate(), settings.seconds());
                runs.add(new LatencyPhase(cluster, settings, texts).run("pipeline", TopicRole.MESSAGES.defaultName(),
                        TopicRole.ALERTS.defaultName(), EventIds::ofAlert, tap, false));
            } finally {
                if (pipeline != null) {
                    pipeline.close();
                }
            }
            if (settings.noOpLatency()) {
                runs.add(noOpLatency(cluster, settings, texts));
            }
            setup.put("partitions", cluster.partitions() + " (TopicRole), replication factor 1, one stream "
                    + "thread per application");
        }
        setup.put("date", started.truncatedTo(ChronoUnit.SECONDS).toString());
        setup.put("load average before / after", loadBefore + " / " + LoadAverage.now());
        setup.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB (broker, applications and load generator in one JVM)");
        setup.put("garbage collection", gc());
        setup.put("broker flush", settings.brokerFsync() ? "after every append (log.flush.interval.messages=1)"
                : "left to the OS page cache (Kafka's default)");
        setup.put("mix", String.format(Locale.ROOT, "%,d youths; throughput %.0f%% risk messages; corpus pools "
                        + "%d everyday (scored NONE), %d risk (scored %s or above)", settings.youths(),
                settings.riskShare() * 100, texts.everyday().size(), texts.risk().size(), threshold));
        return new BenchResults(setup, rounds, runs);
    }

    private static LatencyRun noOpLatency(BenchCluster cluster, BenchSettings settings, BenchTexts texts)
            throws InterruptedException {
        try (BenchApp app = BenchApp.noOp("bench-noop-latency", cluster.bootstrap(), BenchCluster.NOOP_LATENCY_IN,
                BenchCluster.NOOP_OUT)) {
            app.start();
            app.awaitRunning(RUNNING_TIMEOUT);
            progress("latency: no-op at %,d msg/s for %d s", settings.rate(), settings.seconds());
            return new LatencyPhase(cluster, settings, texts).run("no-op", BenchCluster.NOOP_LATENCY_IN,
                    BenchCluster.NOOP_OUT, EventIds::ofMessage, null, true);
        }
    }

    private static String gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return count + " collections, " + millis + " ms in total";
    }

    private static void progress(String format, Object... args) {
        System.err.println("e2e-bench: " + String.format(Locale.ROOT, format, args));
    }
}
