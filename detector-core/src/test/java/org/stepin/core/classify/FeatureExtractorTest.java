package org.stepin.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.text.Analyzer;

/** Features come from the analysed tokens, so tricks the analyzer undoes never reach the model. */
class FeatureExtractorTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = Lexicon.packaged().analyzer();
    }

    private static String[] features(FeatureSet set, String text) {
        return new FeatureExtractor(set).extract(analyzer.analyze(text));
    }

    @Test
    void shouldEmitBiasWordsAndBigramsWithinASentence() {
        assertThat(features(FeatureSet.WORDS_BIGRAMS, "hi there. see you"))
                .containsExactly("bias", "w=hi", "b=<s> hi", "w=there", "b=hi there",
                        "w=see", "b=<s> see", "w=you", "b=see you");
        assertThat(features(FeatureSet.WORDS, "hi there")).containsExactly("bias", "w=hi", "w=there");
        assertThat(features(FeatureSet.WORDS, "")).containsExactly("bias");
    }

    @Test
    void shouldSeeObfuscatedWordsAsTheirPlainForm() {
        assertThat(features(FeatureSet.WORDS_BIGRAMS, "I W4NT to K1LL mys3lf!!!"))
                .isEqualTo(features(FeatureSet.WORDS_BIGRAMS, "i want to kill myself"));
        assertThat(features(FeatureSet.WORDS_BIGRAMS, "im sooooo done"))
                .contains("w=i", "w=am", "b=i am");
    }

    @Test
    void shouldAddPaddedCharacterGramsOfWordsOnly() {
        assertThat(features(new FeatureSet(false, 3, 3), "hey 💀"))
                .containsExactly("bias", "w=hey", "c=_he", "c=hey", "c=ey_", "w=emoji_skull");
    }

    @Test
    void shouldRoundTripFeatureSetIdsAndRejectBadOnes() {
        for (FeatureSet set : new FeatureSet[] {FeatureSet.WORDS, FeatureSet.WORDS_BIGRAMS, new FeatureSet(true, 3, 5),
            new FeatureSet(false, 2, 4)}) {
            assertThat(FeatureSet.parse(set.id())).isEqualTo(set);
        }
        assertThat(new FeatureSet(true, 3, 5).id()).isEqualTo("w+b+c3-5");
        for (String bad : new String[] {"", "b", "w+x", "w+c3-5+b", "w+c5-3", "w+b+b"}) {
            assertThatThrownBy(() -> FeatureSet.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new FeatureSet(false, 1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
