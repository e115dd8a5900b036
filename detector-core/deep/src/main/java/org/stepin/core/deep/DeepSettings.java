package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the deep tier runs. Immutable.
 *
 * @param enabled false switches the deep tier off: the fast tier's assessment stands and no model is loaded
 * @param pipelines how many messages may be parsed at once, 1..16; the pipelines share CoreNLP's loaded models
 *     (its annotator cache), so more of them add parsing threads, not heap (the models take about 340 MB)
 * @param maxWait how long a message waits for a free pipeline before the fast tier's assessment stands
 *     ("skipped: busy"); includes the model load (about 4 s) for the first messages when not warmed up
 */
public record DeepSettings(boolean enabled, int pipelines, Duration maxWait) {
    /** The default: off (see docs/deep-tier.md for the ablation behind it), one pipeline, 100 ms wait. */
    public static final DeepSettings DEFAULT = new DeepSettings(false, 1, Duration.ofMillis(100));

    public DeepSettings {
        requireNonNull(maxWait, "maxWait");
        if (pipelines < 1 || pipelines > 16) {
            throw new IllegalArgumentException("pipelines must be 1..16, not " + pipelines);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
        }
    }

    /** These settings, switched on or off. */
    public DeepSettings withEnabled(boolean on) {
        return new DeepSettings(on, pipelines, maxWait);
    }

    /** These settings with another wait for a free pipeline. */
    public DeepSettings withMaxWait(Duration wait) {
        return new DeepSettings(enabled, pipelines, wait);
    }
}
