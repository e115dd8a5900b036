package org.stepin.core;

import static java.util.Objects.requireNonNull;

/**
 * Turns one message into an {@link Assessment}: the fast tier alone ({@link Detector}), or the fast tier with
 * deeper tiers behind it that review some of its results (the dependency parse, {@code core.deep.DeepTier}).
 * Callers (the topology, the analyst commands, the evaluation) hold an {@code Assessor} and never branch on
 * which tiers run. Implementations are thread-safe and never throw on any string.
 */
public interface Assessor {
    /** Assesses {@code text}, written in {@code direction}. */
    Assessment assess(String text, Direction direction);

    /**
     * Like {@link #assess}, with the time spent in tiers beyond the fast one (waiting for and running them), so a
     * caller can time the fast tier apart. The fast tier alone spent none.
     */
    default Timed assessTimed(String text, Direction direction) {
        return new Timed(assess(text, direction), 0);
    }

    /**
     * An assessment and the nanoseconds deeper tiers spent on it.
     *
     * @param assessment the assessment
     * @param deeperTierNanos time spent beyond the fast tier, 0 when no deeper tier ran
     */
    record Timed(Assessment assessment, long deeperTierNanos) {
        /** Checks the time is not negative. */
        public Timed {
            requireNonNull(assessment, "assessment");
            if (deeperTierNanos < 0) {
                throw new IllegalArgumentException("negative time: " + deeperTierNanos);
            }
        }
    }
}
