package org.stepin.app.bench;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency distribution, in milliseconds.
 *
 * @param count values recorded
 * @param p50 median
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max largest
 */
record Latency(long count, double p50, double p95, double p99, double max) {

    /** The summary of {@code micros}, a histogram of microseconds. */
    static Latency of(Histogram micros) {
        return new Latency(micros.getTotalCount(), millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(95)), millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
