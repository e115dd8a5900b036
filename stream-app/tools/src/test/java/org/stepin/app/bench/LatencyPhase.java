package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The latency phase: messages sent open-loop at a fixed rate into a running application while a read-committed
 * reader of its output measures, for each output naming a timed event, the time from the event's due time to the
 * output being read. After the last send it waits until the expected outputs arrived and then nothing new for
 * {@link #SETTLE} (a probe may give two alerts, one per lane), or until nothing arrived for {@link #QUIET}. Not
 * thread-safe.
 */
final class LatencyPhase {
    /** How long the reader may see nothing new before a run is taken as drained. */
    static final Duration QUIET = Duration.ofSeconds(10);
    /** How long the reader must see nothing new, once the expected outputs arrived, for a run to be drained. */
    static final Duration SETTLE = Duration.ofSeconds(1);
    private static final Duration LEAD = Duration.ofSeconds(1);

    private final BenchCluster cluster;
    private final BenchSettings settings;
    private final BenchTexts texts;

    LatencyPhase(BenchCluster cluster, BenchSettings settings, BenchTexts texts) {
        this.cluster = requireNonNull(cluster, "cluster");
        this.settings = requireNonNull(settings, "settings");
        this.texts = requireNonNull(texts, "texts");
    }

    /**
     * One run into {@code input} of a running application writing to {@code output}; {@code tap} (or null) hears
     * the pipeline emit; {@code everyOutput} when each message gives an output (the no-op), else one per probe.
     */
    LatencyRun run(String topology, String input, String output, Function<byte[], String> eventIdOf, EmitTap tap,
                   boolean everyOutput) throws InterruptedException {
        Schedule schedule = new Schedule(settings.rate(), LEAD);
        long fromSeq = (long) settings.warmupSeconds() * settings.rate();
        if (tap != null) {
            tap.arm(schedule, fromSeq);
        }
        MessageMix mix = new MessageMix(texts, settings.youths(), settings.seed());
        try (LatencyReader reader = new LatencyReader(cluster.bootstrap(), output, schedule, eventIdOf, fromSeq);
             LoadGenerator generator = new LoadGenerator(cluster.bootstrap())) {
            Sent sent = generator.run(input, schedule, settings.latencyMessages(), mix, settings.probeEvery());
            if (sent.failed() > 0) {
                throw new IllegalStateException(sent.failed() + " of " + sent.messages() + " sends failed");
            }
            long expected = everyOutput ? sent.messages() : sent.probes();
            drain(reader, expected);
            return new LatencyRun(topology, sent, reader.latency(), tap == null ? null : tap.latency(),
                    reader.seen(), expected, LoadAverage.now());
        }
    }

    private static void drain(LatencyReader reader, long expected) throws InterruptedException {
        long lastSeen = -1;
        long lastChange = System.nanoTime();
        while (true) {
            long seen = reader.seen();
            long now = System.nanoTime();
            if (seen != lastSeen) {
                lastSeen = seen;
                lastChange = now;
            }
            long quiet = now - lastChange;
            if (quiet >= QUIET.toNanos() || seen >= expected && quiet >= SETTLE.toNanos()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
