package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * When each message of a timed run is due, by its sequence number: message {@code seq} is due
 * {@code seq / rate} seconds after the start, on the monotonic clock (for latency) and on the wall clock (its
 * {@code sentAt}). Its event id carries {@code seq}, so any alert or copy naming the event tells when the event
 * was due. Latency counted from the due time, not the moment the producer got to it, includes any lag of the
 * sender (no coordinated omission). Immutable.
 */
final class Schedule {
    private static final String PREFIX = "l-";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long startNanos;
    private final Instant startWall;
    private final int rate;

    /** A schedule of {@code rate} messages a second starting {@code lead} from now. */
    Schedule(int rate, Duration lead) {
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be positive, was " + rate);
        }
        this.rate = rate;
        this.startWall = Instant.now().plus(lead);
        this.startNanos = System.nanoTime() + lead.toNanos();
    }

    /** The monotonic time ({@link System#nanoTime()}) at which message {@code seq} is due. */
    long dueNanos(long seq) {
        return startNanos + seq * NANOS_PER_SECOND / rate;
    }

    /** The wall-clock time at which message {@code seq} is due: its {@code sentAt}. */
    Instant dueInstant(long seq) {
        return startWall.plusNanos(seq * NANOS_PER_SECOND / rate);
    }

    /** How many messages are due by the monotonic time {@code nanos}. */
    long dueBy(long nanos) {
        return nanos < startNanos ? 0 : (nanos - startNanos) * rate / NANOS_PER_SECOND + 1;
    }

    /** The event id of message {@code seq}. */
    static String eventId(long seq) {
        return PREFIX + seq;
    }

    /** The sequence number in {@code eventId}, or -1 when it is not a timed message's id. */
    static long seqOf(String eventId) {
        requireNonNull(eventId, "eventId");
        if (!eventId.startsWith(PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(eventId.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
