package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import org.stepin.core.deep.DeepListener;
import org.stepin.core.deep.DeepStatus;

/**
 * The deep tier's listener for the pipeline: each parsed message's time goes to
 * {@link PipelineListener#deepTierScored} (the {@code detector.scoring.latency{tier="deep"}} timer). Messages the
 * deep tier skipped (busy, off, failed) keep the fast tier's score and are not timed as deep. Thread-safe.
 */
public final class DeepTierMetrics implements DeepListener {
    private final PipelineListener listener;

    /** Forwards to {@code listener}. */
    public DeepTierMetrics(PipelineListener listener) {
        this.listener = requireNonNull(listener, "listener");
    }

    @Override
    public void reviewed(DeepStatus status, long nanos) {
        if (status.parsed()) {
            listener.deepTierScored(nanos);
        }
    }
}
