package org.stepin.core.train;

import org.stepin.core.classify.Sha256;
import org.stepin.core.classify.TrainingConfig;
import org.stepin.core.classify.ModelMetadata;
import org.stepin.core.classify.Classifier;
import org.stepin.core.classify.FeatureSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.score.Severity;

/** Training is reproducible: same corpus and configuration, same bytes, the bytes the build packaged. */
class ModelTrainerTest {
    @TempDir
    Path dir;

    @Test
    void shouldTrainTheSameBytesTwiceAndMatchThePackagedModel() throws IOException {
        Lexicon lexicon = Lexicon.packaged();
        SeedCorpus corpus = SeedCorpus.packaged();
        ModelTrainer trainer = ModelTrainer.forLexicon(lexicon, TrainingConfig.DEFAULT);

        byte[] first = trainer.trainBytes(corpus.messages());
        byte[] second = trainer.trainBytes(corpus.messages());

        assertThat(Sha256.hex(second)).isEqualTo(Sha256.hex(first));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Classifier.MODEL_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(Sha256.hex(in.readAllBytes())).isEqualTo(Sha256.hex(first));
        }
    }

    @Test
    void shouldWriteTheModelAndItsMetadataLikeTheBuild() throws IOException {
        Lexicon lexicon = Lexicon.packaged();
        ModelMetadata written = TrainModel.write(dir, lexicon, SeedCorpus.packaged(), TrainingConfig.DEFAULT);

        byte[] model = Files.readAllBytes(dir.resolve("classifier.bin"));
        assertThat(written.modelVersion()).isEqualTo(Classifier.versionOf(model))
                .isEqualTo(Classifier.packaged().version());
        assertThat(ModelMetadata.parse(Files.readAllBytes(dir.resolve("classifier.properties"))))
                .isEqualTo(written);
        assertThat(written.messages()).isEqualTo(3105);
    }

    @Test
    void shouldTrainOnAnotherCorpusToAnotherModel() {
        Lexicon lexicon = Lexicon.packaged();
        ModelTrainer trainer = ModelTrainer.forLexicon(lexicon, TrainingConfig.DEFAULT);
        List<LabelledMessage> tiny = List.of(
                new LabelledMessage("t1", "suicidal_ideation", Severity.HIGH, "none", "i want to die"),
                new LabelledMessage("t2", "none", Severity.NONE, "none", "see you at the club"));

        Classifier classifier = Classifier.fromBytes(trainer.trainBytes(tiny), TrainingConfig.DEFAULT.features());

        assertThat(classifier.version()).isNotEqualTo(Classifier.packaged().version());
        assertThat(classifier.probabilities(lexicon.analyzer().analyze("i want to die")).topLabel())
                .isEqualTo("suicidal_ideation");
        assertThat(classifier.probabilities(lexicon.analyzer().analyze("i want to die")).of(
                Category.ABUSE)).isZero();
    }

    @Test
    void shouldRefuseToTrainOnNothingAndToReadGarbage() {
        ModelTrainer trainer = ModelTrainer.forLexicon(Lexicon.packaged(), TrainingConfig.DEFAULT);
        assertThatThrownBy(() -> trainer.trainBytes(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Classifier.fromBytes(new byte[] {1, 2, 3}, FeatureSet.WORDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a classifier model");
    }
}
