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
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Analyzer;

/**
 * The fast tier (every stage: normalise, tokenise, slang, lemmas, trie match, context marks, score)
 * against a speed-of-light baseline (NFKC + lowercase) over the same messages, one thread, in a
 * 64 MB heap; and the learned classifier alone (analyse + maxent) and beside the rules tier. Run both
 * modes: throughput for messages/s, sample time for p50/p99/p99.9.
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
    private Detector rules;
    private Analyzer analyzer;
    private Classifier classifier;
    private Cycle<String> messages;

    /** Loads the packaged lexicons and the message mix. */
    @Setup
    public void setUp() {
        detector = Detector.packaged();
        rules = detector.rulesOnly();
        analyzer = detector.lexicon().analyzer();
        classifier = Classifier.packaged();
        messages = new Cycle<>(ChatMessages.load());
    }

    /** The whole fast tier on one message: rules, classifier and combiner, as the pipeline runs it. */
    @Benchmark
    public Assessment fastTier() {
        return detector.assess(messages.next());
    }

    /** The rules tier alone (analysis, matching, context, scoring), without the classifier and combiner. */
    @Benchmark
    public Assessment rulesTier() {
        return rules.assess(messages.next());
    }

    /** The classifier alone: analyse the message, then maxent probabilities. */
    @Benchmark
    public Probabilities classifier() {
        return classifier.probabilities(analyzer.analyze(messages.next()));
    }

    /** The classifier's own cost: maxent probabilities of a message analysed in set-up. */
    @Benchmark
    public Probabilities classifierOnAnalysed(AnalysedMessages state) {
        return classifier.probabilities(state.next());
    }

    /** Speed of light: NFKC and a lowercase pass over the same message. */
    @Benchmark
    public String baselineNfkcLowercase() {
        return Normalizer.normalize(messages.next(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The message mix analysed once in set-up, for {@link #classifierOnAnalysed}; only that benchmark holds it. */
    @State(Scope.Thread)
    public static class AnalysedMessages {
        private Cycle<AnalyzedText> analysed;

        /** Analyses every message with the packaged lexicon's analyzer. */
        @Setup
        public void setUp() {
            Analyzer analyzer = Lexicon.packaged().analyzer();
            String[] messages = ChatMessages.load();
            AnalyzedText[] texts = new AnalyzedText[messages.length];
            for (int i = 0; i < messages.length; i++) {
                texts[i] = analyzer.analyze(messages[i]);
            }
            analysed = new Cycle<>(texts);
        }

        AnalyzedText next() {
            return analysed.next();
        }
    }
}
