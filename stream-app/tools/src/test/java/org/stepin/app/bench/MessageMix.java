package org.stepin.app.bench;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Who says what in the benchmark, deterministic from a seed: for the throughput phase a random youth among the
 * regular ones with a risk text now and then; for the latency phase every n-th message a risk text from a probe
 * youth of its own (so it alerts, never held back by an open alert) and everyday chat from the regular youths in
 * between. Not thread-safe: one mix per sending thread.
 */
final class MessageMix {
    private final BenchTexts texts;
    private final int youths;
    private final SplittableRandom random;

    /** One chat message: who, what, and whether it is a risk text. */
    record Message(String youthId, String text, boolean risk) {
    }

    MessageMix(BenchTexts texts, int youths, long seed) {
        this.texts = requireNonNull(texts, "texts");
        if (youths < 1) {
            throw new IllegalArgumentException("youths must be positive, was " + youths);
        }
        this.youths = youths;
        this.random = new SplittableRandom(seed);
    }

    /** The id of regular youth {@code index}. */
    static String youth(int index) {
        return "y" + index;
    }

    /** The id of probe youth {@code index}. */
    static String probe(long index) {
        return "p" + index;
    }

    /** A message from a random regular youth, a risk text with probability {@code riskShare}. */
    Message next(double riskShare) {
        boolean risk = random.nextDouble() < riskShare;
        return new Message(youth(random.nextInt(youths)), pick(risk ? texts.risk() : texts.everyday()), risk);
    }

    /** Message {@code seq} of a timed run: a probe when {@code seq} is a multiple of {@code probeEvery}. */
    Message timed(long seq, int probeEvery) {
        if (seq % probeEvery == 0) {
            return new Message(probe(seq / probeEvery), pick(texts.risk()), true);
        }
        return new Message(youth(random.nextInt(youths)), pick(texts.everyday()), false);
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
