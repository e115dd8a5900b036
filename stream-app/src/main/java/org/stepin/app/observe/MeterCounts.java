package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pipeline's own counts read back from the meters {@link MicrometerListener} registered, under short names
 * such as {@code blocked.NO_CONSENT}, {@code deadLetter.MALFORMED_JSON}, {@code alert.ON_CALL.IMMINENT} or
 * {@code action.CLOSE.unmatched}: for the summaries of {@code replay} and {@code demo}, and for tests. It counts
 * nothing itself; a tag it does not name (a category, an outcome) is summed over. Thread-safe.
 */
public final class MeterCounts {
    private final MeterRegistry registry;

    /** Reads the {@code detector.*} meters of {@code registry}. */
    public MeterCounts(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    /** The count of {@code name} now, 0 when nothing was counted under it. */
    public long count(String name) {
        return snapshot().getOrDefault(name, 0L);
    }

    /** Every count above zero now, sorted by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            String name = shortName(meter.getId());
            long count = count(meter);
            if (name != null && count > 0) {
                counts.merge(name, count, Long::sum);
            }
        }
        return counts;
    }

    /** The short name a meter is counted under, or null for a meter that is not summarised. */
    private static String shortName(Meter.Id id) {
        return switch (id.getName()) {
            case MeterNames.MESSAGES_RECEIVED -> "received." + id.getTag("direction");
            case MeterNames.MESSAGES_BLOCKED -> "blocked." + id.getTag("reason");
            case MeterNames.MESSAGES_SCORED -> "scored." + id.getTag("direction");
            case MeterNames.SCORING_LATENCY -> "deep".equals(id.getTag("tier")) ? "scored.deep" : null;
            case MeterNames.DEAD_LETTERS -> "deadLetter." + id.getTag("kind");
            case MeterNames.ALERTS_EMITTED -> "alert." + id.getTag("route") + "." + id.getTag("severity");
            case MeterNames.ALERTS_SUPPRESSED -> "suppressed." + id.getTag("severity");
            case MeterNames.ALERT_ACTIONS -> "action." + id.getTag("action")
                    + (Boolean.parseBoolean(id.getTag("matched")) ? "" : ".unmatched");
            case MeterNames.STATE_DELETED -> "stateDeleted";
            default -> null;
        };
    }

    private static long count(Meter meter) {
        if (meter instanceof Counter counter) {
            return (long) counter.count();
        }
        if (meter instanceof Timer timer) {
            return timer.count();
        }
        return 0;
    }
}
