package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Measures how fast an application consumes a topic by what it committed: every 25 ms it reads the committed
 * offsets of the application's consumer group. Under exactly-once a committed offset means the record was
 * processed and its output committed in the same transaction, so this counts the same thing for the pipeline
 * (which writes only a few alerts) and the no-op (which copies every record). The rate runs from the first
 * commit seen to the last, leaving out start-up (group join, task assignment, producer initialisation); one
 * commit interval on either end is the resolution.
 */
final class ConsumptionWatch {
    private static final long POLL_MILLIS = 25;

    private ConsumptionWatch() {
    }

    /**
     * Waits until group {@code groupId} has committed {@code expected} records of {@code topic} (summed over its
     * partitions), at most {@code timeout}; {@code cpu} was started with the application.
     */
    static Throughput await(BenchCluster cluster, String groupId, String topic, long expected, CpuMeter cpu,
                            Duration timeout) throws InterruptedException {
        requireNonNull(cluster, "cluster");
        long startNanos = cpu.startNanos();
        long deadline = System.nanoTime() + timeout.toNanos();
        long firstNanos = -1;
        long firstCount = 0;
        while (true) {
            long count = cluster.committed(groupId, topic);
            long now = System.nanoTime();
            if (count > 0 && firstNanos < 0) {
                firstNanos = now;
                firstCount = count;
            }
            if (count >= expected) {
                double steady = (now - firstNanos) / 1e9;
                double wall = (now - startNanos) / 1e9;
                double rate = steady > 0 ? (count - firstCount) / steady : count / wall;
                return new Throughput(count, rate, steady, wall, cpu.streamThreadShare(groupId),
                        cpu.processCores());
            }
            if (now > deadline) {
                throw new IllegalStateException(groupId + " committed " + count + " of " + expected + " in "
                        + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
    }
}
