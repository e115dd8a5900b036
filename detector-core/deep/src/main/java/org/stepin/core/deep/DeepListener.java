package org.stepin.core.deep;

/**
 * Told what the deep tier did with each message the gate sent (not the ones it kept in the fast tier), so an
 * application can count it (e.g. Micrometer meters {@code detector.deep.*} in stream-app). Implementations
 * must be thread-safe and fast; they never see message text.
 */
@FunctionalInterface
public interface DeepListener {
    /** A listener that ignores everything. */
    DeepListener NONE = (status, nanos) -> {
    };

    /**
     * One message the gate sent deep.
     *
     * @param status what happened to it (never {@link DeepStatus#NOT_SENT})
     * @param nanos time spent waiting for a pipeline and parsing
     */
    void reviewed(DeepStatus status, long nanos);
}
