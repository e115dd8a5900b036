package org.stepin.core.combine;

import org.stepin.core.train.FitCombiner;
import org.stepin.core.train.CombinerTrainer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepin.core.classify.Classifier;
import org.stepin.core.lexicon.Category;

/** The combiner's model file: what the build packaged, its format, and that the build's fit reproduces it. */
class CombinerModelTest {

    @Test
    void theBuildPackagedAModelForTheCurrentClassifier() {
        CombinerModel model = CombinerModel.packaged();
        assertThat(CombinerModel.isPackaged()).isTrue();
        assertThat(model.classifierVersion()).isEqualTo(Classifier.packaged().version());
        assertThat(model.version()).startsWith(CombinerModel.VERSION_PREFIX + "+sha256.");
        for (Category category : CombinerTrainer.combined()) {
            assertThat(model.moderate(category)).as(category.id()).isPresent();
        }
        assertThat(model.moderate(Category.BOUNDARY)).isEmpty();
        assertThat(model.high(Category.HOPELESSNESS)).as("hopelessness never reaches HIGH").isEmpty();
        assertThat(model.moderateCut()).isBetween(0.05, 0.95);
        assertThat(model.highCut()).isBetween(0.05, 0.95);
    }

    @Test
    void fittingAgainGivesTheSameModelBytes() {
        assertThat(FitCombiner.fitPackaged().format()).isEqualTo(CombinerModel.packaged().format());
    }

    @Test
    void formatAndParseRoundTrip() {
        CombinerModel model = CombinerModel.packaged();
        CombinerModel parsed = CombinerModel.parse(model.format());
        assertThat(parsed).isEqualTo(model);
        assertThat(parsed.version()).isEqualTo(model.version());
    }

    @Test
    void rejectsMalformedFilesNamingTheProblem() {
        String good = CombinerModel.packaged().format();
        assertThatThrownBy(() -> CombinerModel.parse(good + "bogus.moderate=1,2,3,4\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus.moderate");
        assertThatThrownBy(() -> CombinerModel.parse(good.replace("moderate.cut=", "moderate.cut=x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moderate.cut");
        assertThatThrownBy(() -> CombinerModel.parse(good + "abuse.moderate=1,nope\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a new key");
        assertThatThrownBy(() -> CombinerModel.parse("high.cut=0.5\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moderate.cut");
    }
}
