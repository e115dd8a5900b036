package org.stepin.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
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
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Analyzer;

/**
 * "Measure before you add": OpenNLP's sentence detector (the English UD model from Maven Central,
 * {@code opennlp-models-sentdetect-en}) on the same chat messages as {@link FastTierBenchmark}, beside the
 * fast tier's whole analysis chain, which already ends sentences at {@code . ! ? ;} and line breaks.
 * {@link SentenceAgreement} counts where the two split a message differently.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx64m"})
@Threads(1)
public class OpenNlpSentenceBenchmark {
    /** The model file inside the Maven Central artifact. */
    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private SentenceDetectorME sentences;
    private Analyzer analyzer;
    private Cycle<String> messages;

    /** Loads the model, the packaged lexicons and the message mix. */
    @Setup
    public void setUp() {
        sentences = new SentenceDetectorME(model());
        analyzer = Detector.packaged().lexicon().analyzer();
        messages = new Cycle<>(ChatMessages.load());
    }

    static SentenceModel model() {
        try (InputStream in = OpenNlpSentenceBenchmark.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("sentence model missing from the class path: " + MODEL);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenNLP's maxent sentence detector alone. */
    @Benchmark
    public Span[] openNlpSentenceDetector() {
        return sentences.sentPosDetect(messages.next());
    }

    /** The fast tier's whole analysis chain (normalise, tokenise with sentence ends, slang, lemmas). */
    @Benchmark
    public AnalyzedText fastTierAnalysis() {
        return analyzer.analyze(messages.next());
    }
}
