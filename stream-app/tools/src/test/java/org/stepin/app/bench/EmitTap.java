package org.stepin.app.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;
import org.stepin.app.event.Alert;
import org.stepin.app.observe.PipelineListener;

/**
 * Hears the pipeline emit each alert, before its transaction commits: the time from the triggering event's due
 * time to that moment is the part of the latency spent before the commit (waiting to be fetched, parsed, scored,
 * decided). Armed with a {@link Schedule} for a timed run; ignores alerts of events that are not timed. Thread-safe.
 */
final class EmitTap implements PipelineListener {
    private final Histogram histogram = new SynchronizedHistogram(3_600_000_000L, 3);
    private volatile Schedule schedule;
    private volatile long fromSeq;

    /** From now on, records alerts for events of {@code timed} due from {@code fromSequence} on. */
    void arm(Schedule timed, long fromSequence) {
        this.fromSeq = fromSequence;
        this.schedule = timed;
    }

    @Override
    public void alertEmitted(Alert alert, long latencyMillis) {
        long now = System.nanoTime();
        Schedule timed = schedule;
        if (timed == null || alert.triggeringEventIds().isEmpty()) {
            return;
        }
        long seq = Schedule.seqOf(alert.triggeringEventIds().get(alert.triggeringEventIds().size() - 1));
        if (seq >= fromSeq) {
            histogram.recordValue(Math.max(0, (now - timed.dueNanos(seq)) / 1000));
        }
    }

    /** The latencies to emission recorded so far. */
    Latency latency() {
        return Latency.of(histogram.copy());
    }
}
