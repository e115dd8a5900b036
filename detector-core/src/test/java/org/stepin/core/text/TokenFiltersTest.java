package org.stepin.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenFiltersTest {
    private final Vocabulary vocabulary = Vocabulary.of(Set.of("kill", "myself", "die", "cut", "hate", "pill",
            "want", "i", "to", "cry", "please"));
    private final Analyzer analyzer = Analyzer.create(EmojiTable.empty(),
            Map.of("kms", List.of("kill", "myself"), "wanna", List.of("want", "to")),
            Map.of("dying", "die", "died", "die"), vocabulary, 4_096, 512);

    private List<String> lemmas(String text) {
        return analyzer.lemmas(text);
    }

    @Test
    void shouldJoinSpacedOutLettersIntoVocabularyWords() {
        assertThat(lemmas("k i l l  m y s e l f")).containsExactly("kill", "myself");
        assertThat(lemmas("d.i.e")).containsExactly("die");
        assertThat(lemmas("i w a n t to d i e")).containsExactly("i", "want", "to", "die");
    }

    @Test
    void shouldLeaveSingleLettersAloneWhenTheyMakeNoWords() {
        assertThat(lemmas("u r a x")).containsExactly("u", "r", "a", "x");
    }

    @Test
    void shouldResolveElongationsAgainstTheVocabulary() {
        assertThat(lemmas("diiiiie")).containsExactly("die");
        assertThat(lemmas("killllll")).containsExactly("kill");
        assertThat(lemmas("pleeeease")).containsExactly("please");
    }

    @Test
    void shouldNotTouchOrdinaryDoubleLetters() {
        assertThat(lemmas("too")).containsExactly("too");
    }

    @Test
    void shouldExpandSlangKeepingTheSpanOfWhatWasTyped() {
        String text = "ugh kms";
        AnalyzedText analyzed = analyzer.analyze(text);
        assertThat(analyzed.tokens()).extracting(Token::lemma).containsExactly("ugh", "kill", "myself");
        assertThat(analyzed.token(1).start()).isEqualTo(4);
        assertThat(analyzed.token(2).end()).isEqualTo(7);
    }

    @Test
    void shouldLemmatiseTowardsTheVocabularyOnly() {
        assertThat(lemmas("cutting hated pills cries dying wanted")).containsExactly(
                "cut", "hate", "pill", "cry", "die", "want");
        assertThat(lemmas("skilled killed")).containsExactly("skilled", "kill");
        assertThat(lemmas("things")).containsExactly("things");
    }
}
