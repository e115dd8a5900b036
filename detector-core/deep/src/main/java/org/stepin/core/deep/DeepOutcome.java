package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import org.stepin.core.Assessment;

/**
 * The assessment a message ends with, and what the deep tier did to get it. Immutable.
 *
 * @param assessment the final assessment (the fast tier's unless {@code status} is CONFIRMED or ADJUSTED)
 * @param status what the deep tier did
 * @param nanos time spent in the deep tier (waiting for a pipeline and parsing), 0 when not sent
 */
public record DeepOutcome(Assessment assessment, DeepStatus status, long nanos) {
    public DeepOutcome {
        requireNonNull(assessment, "assessment");
        requireNonNull(status, "status");
        if (nanos < 0) {
            throw new IllegalArgumentException("negative time: " + nanos);
        }
    }
}
