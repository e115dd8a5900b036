package org.stepin.core.deepbench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.train.LabelledMessage;
import org.stepin.core.train.SeedCorpus;
import org.stepin.core.deep.DeepListener;
import org.stepin.core.deep.DeepOutcome;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.deep.DeepStatus;
import org.stepin.core.deep.DeepTier;

/**
 * The deep tier on the messages it is for: the seed-corpus messages its gate sends deep (about 3% of the
 * corpus), each through the fast tier, the gate, one CoreNLP parse of its candidate sentences and the
 * rescore; one thread, one pipeline, in 1.5 GB. Not part of {@code bench.sh} (the fast tier's 64 MB run); see
 * docs/deep-tier.md for the command.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1500m", "-Xmx1500m"})
@Threads(1)
public class DeepTierBenchmark {
    private DeepTier tier;
    private String[] messages;
    private int next;

    /** Loads the parser and picks the messages the gate sends deep. */
    @Setup
    public void setUp() {
        Detector detector = Detector.packaged();
        tier = DeepTier.create(detector, new DeepSettings(true, 1, Duration.ofMinutes(1)), DeepListener.NONE);
        tier.warmUp();
        List<String> deep = new ArrayList<>();
        for (LabelledMessage message : SeedCorpus.packaged().messages()) {
            if (tier.outcome(message.text(), Direction.INBOUND).status() != DeepStatus.NOT_SENT) {
                deep.add(message.text());
            }
        }
        messages = deep.toArray(new String[0]);
    }

    /** One message that goes deep: fast tier, gate, parse, rescore. */
    @Benchmark
    public DeepOutcome deepTier() {
        String message = messages[next];
        next = next + 1 == messages.length ? 0 : next + 1;
        return tier.outcome(message, Direction.INBOUND);
    }
}
