package org.stepin.core.classify;

import org.stepin.core.train.LabelledMessage;
import org.stepin.core.train.SeedCorpus;
import org.stepin.core.train.ModelTrainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.text.Analyzer;

/** The packaged classifier: loading, version, sanity on held-out sentences, probabilities, threads. */
class ClassifierTest {
    /**
     * Written for this test, not taken from the corpus (checked below): one clear sentence per youth category.
     * No boundary row: the combiner never uses the classifier on a
     * worker's outbound messages (the boundary guard decides those), and with 57 boundary rows the classifier
     * is not reliable there (docs/classifier.md).
     */
    private static final String[][] HELD_OUT = {
        {"suicidal_ideation", "i honestly want to end my life, i cant do this anymore"},
        {"suicidal_ideation", "i want to kms"},
        {"self_harm", "ive been cutting my arms again to cope"},
        {"abuse", "my stepdad hits me when he gets drunk"},
        {"bullying", "the kids in my class keep pushing me around and posting mean stuff about me"},
        {"substance", "i smoke weed every morning before school now"},
        {"hopelessness", "nothing will ever get better for me, whats the point"},
        {"peer_concern", "im really scared for my friend, she said she wants to die"},
        {"worker_harassment", "you are a useless worker and i know where you live"},
    };
    private static final String[] EVERYDAY = {
        "what time does the youth club open on saturday",
        "can you help me with my cv for the job at the cafe",
        "had pizza with my mates after football, it was great",
        "is the trip to the climbing wall still on next week",
    };

    private static Analyzer analyzer;
    private static Classifier classifier;

    @BeforeAll
    static void load() {
        analyzer = Lexicon.packaged().analyzer();
        classifier = Classifier.packaged();
    }

    private static Probabilities classify(String text) {
        return classifier.probabilities(analyzer.analyze(text));
    }

    @Test
    void shouldLoadThePackagedModelWithAVersionFromItsBytes() throws IOException {
        byte[] bytes = resource(Classifier.MODEL_RESOURCE);
        ModelMetadata metadata = ModelMetadata.parse(resource(Classifier.METADATA_RESOURCE));

        assertThat(classifier.version()).matches("doccat-1\\+sha256\\.[0-9a-f]{12}")
                .isEqualTo(Classifier.versionOf(bytes))
                .isEqualTo(metadata.modelVersion());
        assertThat(Classifier.packaged()).isSameAs(classifier);
        assertThat(classifier.features()).isEqualTo(TrainingConfig.DEFAULT.features());
        assertThat(metadata.config()).isEqualTo(TrainingConfig.DEFAULT);
        assertThat(metadata.corpusSha256()).isEqualTo(SeedCorpus.packaged().sha256());
        assertThat(metadata.lexiconVersion()).isEqualTo(Lexicon.packaged().version().toString());
    }

    @Test
    void shouldKeepTheSanitySentencesOutOfTheCorpus() {
        List<String> corpus = SeedCorpus.packaged().messages().stream()
                .map(m -> m.text().toLowerCase(Locale.ROOT)).toList();
        for (String[] row : HELD_OUT) {
            assertThat(corpus).doesNotContain(row[1]);
        }
        assertThat(corpus).doesNotContain(EVERYDAY);
    }

    @Test
    void shouldPutClearlyWordedHeldOutSentencesInTheirCategory() {
        for (String[] row : HELD_OUT) {
            assertThat(classify(row[1]).topLabel()).as(row[1]).isEqualTo(row[0]);
        }
    }

    @Test
    void shouldCallEverydayChatNone() {
        for (String text : EVERYDAY) {
            Probabilities probabilities = classify(text);
            assertThat(probabilities.top()).as(text).isEmpty();
            assertThat(probabilities.none()).as(text).isGreaterThan(0.5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "🙂🙂🙂", "a", "i want to die", "k i l l   m y s e l f", "?!?!", "ok. ok. ok."})
    void shouldGiveProbabilitiesThatSumToOne(String text) {
        Probabilities probabilities = classify(text);
        double sum = probabilities.none();
        for (double p : probabilities.byCategory().values()) {
            assertThat(p).isBetween(0.0, 1.0);
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i want to die | i w4nt to diiiiie",
        "kill myself | k1ll mys3lf",
        "i am going to kill myself | im gonna k i l l myself"})
    void shouldScoreObfuscatedTextLikeItsPlainForm(String plain, String obfuscated) {
        assertThat(classify(obfuscated)).isEqualTo(classify(plain));
    }

    @Test
    void shouldMatchOpenNlpsOwnEvaluationOnEveryCorpusMessage() {
        for (LabelledMessage message : SeedCorpus.packaged().messages()) {
            var text = analyzer.analyze(message.text());
            Probabilities fast = classifier.probabilities(text);
            Probabilities reference = classifier.referenceProbabilities(text);
            assertThat(fast.none()).as(message.id()).isCloseTo(reference.none(), within(1e-9));
            for (var entry : fast.byCategory().entrySet()) {
                assertThat(entry.getValue()).as(message.id()).isCloseTo(reference.of(entry.getKey()), within(1e-9));
            }
        }
    }

    @Test
    void shouldMatchOpenNlpWithCharacterGramsToo() {
        List<LabelledMessage> messages = SeedCorpus.packaged().messages();
        TrainingConfig grams = TrainingConfig.DEFAULT.withFeatures(new FeatureSet(true, 3, 4));
        List<LabelledMessage> train = new ArrayList<>();
        for (int i = 0; i < messages.size(); i += 5) {
            train.add(messages.get(i));
        }
        Classifier withGrams = new ModelTrainer(analyzer, grams).trainClassifier(train);
        for (LabelledMessage message : messages.subList(2000, 2300)) {
            var text = analyzer.analyze(message.text());
            assertThat(withGrams.probabilities(text).none()).as(message.id())
                    .isCloseTo(withGrams.referenceProbabilities(text).none(), within(1e-9));
        }
    }

    @Test
    void shouldGiveEveryThreadTheSameAnswers() throws Exception {
        List<String> texts = SeedCorpus.packaged().messages().stream().map(LabelledMessage::text).limit(400).toList();
        List<Probabilities> expected = texts.stream().map(ClassifierTest::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Probabilities>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<Probabilities>> run = () -> texts.stream().map(ClassifierTest::classify).toList();
                runs.add(pool.submit(run));
            }
            for (Future<List<Probabilities>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClassifierTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
