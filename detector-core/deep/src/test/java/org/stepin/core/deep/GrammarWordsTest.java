package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.FastTierResult;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.lexicon.LexiconFixture;
import org.stepin.core.lexicon.WordList;

/** The grammar rules' English words come from the lexicon: edit a list, and the reading follows. */
class GrammarWordsTest {
    @TempDir
    Path root;

    /** "i never said i wanted to die", read with the word lists of {@code lexicon}. */
    private static Reading neverSaid(Lexicon lexicon) {
        Detector detector = Detector.create(lexicon);
        FastTierResult fast = detector.assessTraced(lexicon.analyzer().analyze("i never said i wanted to die"),
                Direction.INBOUND);
        // i(0) never(1) said(2) i(3) wanted(4) to(5) die(6)
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 2, "nsubj").token(1, "never", "RB", 2, "advmod")
                .token(2, "said", "VBD", DependencyGraph.ROOT, "root").token(3, "i", "PRP", 4, "nsubj")
                .token(4, "wanted", "VBD", 2, "ccomp").token(5, "to", "TO", 6, "mark").token(6, "die", "VB", 4, "xcomp")
                .build();
        return new GrammarReader(lexicon).read(graph, fast.risk().get(0).match(), fast.cues()).orElseThrow();
    }

    @Test
    void shouldCarryNegationThroughAVerbOfSayingOnTheLexiconsLists() {
        Reading reading = neverSaid(new LexiconFixture().load(root));
        assertThat(reading.negation()).isEqualTo(new NegationReading.Negator("never", "advmod", "said"));
        assertThat(reading.subject()).isEqualTo(new SubjectReading.Grammatical("nsubj", "i", "wanted", Person.FIRST));
    }

    @Test
    void shouldTakeNegationWordsFromTheFastTiersNegationCues() {
        Lexicon withoutNever = new LexiconFixture().with(CueKind.NEGATION.path(), "not\n").load(root);
        assertThat(neverSaid(withoutNever).negation()).isEqualTo(new NegationReading.Ungoverned("wanted"));
    }

    @Test
    void shouldTakeVerbsOfSayingFromTheLexicon() {
        Lexicon withoutSaid = new LexiconFixture().with(WordList.SAYING.path(), "told\n").load(root);
        assertThat(neverSaid(withoutSaid).negation()).isEqualTo(new NegationReading.Ungoverned("wanted"));
    }

    @Test
    void shouldTurnTheListsPersonsIntoPersons() {
        GrammarWords words = new GrammarWords(new LexiconFixture().load(root));
        assertThat(words.reflexive("herself")).contains(Person.THIRD);
        assertThat(words.reflexive("myself")).contains(Person.FIRST);
        assertThat(words.reflexive("her")).isEmpty();
        assertThat(words.subjectWord("her")).isEqualTo(Person.THIRD);
        assertThat(words.subjectWord("it")).isEqualTo(Person.NONE);
    }

    @Test
    void shouldReadEveryPackagedPersonAsAPerson() {
        GrammarWords words = new GrammarWords(Lexicon.packaged());
        assertThat(words.subjectWord("people")).isEqualTo(Person.THIRD);
        assertThat(words.subjectWord("ya")).isEqualTo(Person.SECOND);
        assertThat(words.reflexive("yourselves")).contains(Person.SECOND);
        assertThat(words.continuing("stopped")).isTrue();
        assertThat(words.continuing("stop")).isTrue();
        assertThat(words.conditional("if")).isTrue();
    }
}
