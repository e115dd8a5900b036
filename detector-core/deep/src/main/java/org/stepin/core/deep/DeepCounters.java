package org.stepin.core.deep;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link DeepListener} that counts: messages by status and the total time spent deep. For the evaluation
 * and for tests; thread-safe.
 */
public final class DeepCounters implements DeepListener {
    private final Map<DeepStatus, LongAdder> counts = new EnumMap<>(DeepStatus.class);
    private final LongAdder nanos = new LongAdder();

    /** Counters at zero. */
    public DeepCounters() {
        for (DeepStatus status : DeepStatus.values()) {
            counts.put(status, new LongAdder());
        }
    }

    @Override
    public void reviewed(DeepStatus status, long spent) {
        counts.get(status).increment();
        nanos.add(spent);
    }

    /** Messages that ended with {@code status}. */
    public long count(DeepStatus status) {
        return counts.get(status).sum();
    }

    /** Messages the gate sent deep, whatever happened to them. */
    public long sent() {
        long sent = 0;
        for (DeepStatus status : DeepStatus.values()) {
            sent += status.sent() ? count(status) : 0;
        }
        return sent;
    }

    /** Total time spent deep, in nanoseconds. */
    public long nanos() {
        return nanos.sum();
    }

    /** Sets every counter back to zero. */
    public void reset() {
        counts.values().forEach(LongAdder::reset);
        nanos.reset();
    }
}
