package org.stepin.core.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;

/**
 * The fast tier (every stage: normalise, tokenise, slang, lemmas, trie match, context marks, score)
 * against a speed-of-light baseline (NFKC + lowercase) over the same messages, one thread, in a
 * 64 MB heap. Run both modes: throughput for messages/s, sample time for p50/p99/p99.9.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx64m"})
@Threads(1)
public class FastTierBenchmark {
    private Detector detector;
    private String[] messages;
    private int next;

    /** Loads the packaged lexicons and the message mix. */
    @Setup
    public void setUp() {
        detector = Detector.packaged();
        messages = ChatMessages.load();
    }

    private String nextMessage() {
        String message = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return message;
    }

    /** The whole fast tier on one message. */
    @Benchmark
    public Assessment fastTier() {
        return detector.assess(nextMessage());
    }

    /** Speed of light: NFKC and a lowercase pass over the same message. */
    @Benchmark
    public String baselineNfkcLowercase() {
        return Normalizer.normalize(nextMessage(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
