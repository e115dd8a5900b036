package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.FastTierResult;
import org.stepin.core.context.MarkedMatch;
import org.stepin.core.match.PhraseMatch;

/** The reading rules on hand-built Universal Dependencies parses (no parser involved). */
class GrammarReaderTest {
    private static Detector detector;
    private static GrammarReader reader;

    @BeforeAll
    static void load() {
        // the grammar rules are written against the rules tier; the learned tier is checked elsewhere
        detector = Detector.packaged().rulesOnly();
        reader = new GrammarReader(detector.lexicon());
    }

    private static FastTierResult fast(String text) {
        return detector.assessTraced(detector.lexicon().analyzer().analyze(text), Direction.INBOUND);
    }

    private static Reading read(FastTierResult fast, DependencyGraph graph) {
        return reader.read(graph, fast.risk().get(0).match(), fast.cues()).orElseThrow();
    }

    @Test
    void shouldNotCarryNegationIntoAClauseOfKnowing() {
        // i(0) do(1) not(2) know(3) why(4) i(5) want(6) to(7) die(8)
        FastTierResult fast = fast("i do not know why i want to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 3, "nsubj").token(1, "do", "VBP", 3, "aux").token(2, "not", "RB", 3, "advmod")
                .token(3, "know", "VB", DependencyGraph.ROOT, "root").token(4, "why", "WRB", 6, "advmod")
                .token(5, "i", "PRP", 6, "nsubj").token(6, "want", "VBP", 3, "ccomp").token(7, "to", "TO", 8, "mark")
                .token(8, "die", "VB", 6, "xcomp").build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isFalse();
        assertThat(reading.person()).isEqualTo(Person.FIRST);
    }

    @Test
    void shouldCarryNegationIntoAClauseOfSaying() {
        // i(0) never(1) said(2) i(3) wanted(4) to(5) die(6)
        FastTierResult fast = fast("i never said i wanted to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 2, "nsubj").token(1, "never", "RB", 2, "advmod")
                .token(2, "said", "VBD", DependencyGraph.ROOT, "root").token(3, "i", "PRP", 4, "nsubj")
                .token(4, "wanted", "VBD", 2, "ccomp").token(5, "to", "TO", 6, "mark").token(6, "die", "VB", 4, "xcomp")
                .build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isTrue();
        assertThat(reading.negation()).isEqualTo(new NegationReading.Negator("never", "advmod", "said"));
        assertThat(ReviewNote.negation(reading.negation())).isEqualTo("'never' advmod of 'said'");
    }

    @Test
    void shouldReadANegatedVerbOfContinuingAsDoubleNegation() {
        // i(0) did(1) not(2) stop(3) cutting(4); "can not stop cutting" is a lexicon phrase of its own
        FastTierResult fast = fast("i did not stop cutting");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 3, "nsubj").token(1, "did", "VBD", 3, "aux").token(2, "not", "RB", 3, "advmod")
                .token(3, "stop", "VB", DependencyGraph.ROOT, "root").token(4, "cutting", "VBG", 3, "xcomp").build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isFalse();
        assertThat(reading.negation()).isEqualTo(new NegationReading.DoubleNegation("not", "stop"));
        assertThat(ReviewNote.negation(reading.negation())).isEqualTo("double negation 'not' + 'stop'");
    }

    @Test
    void shouldTakeTheSubjectFromTheControllingVerb() {
        // my(0) friend(1) wants(2) to(3) die(4)
        FastTierResult fast = fast("my friend wants to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "my", "PRP$", 1, "nmod:poss").token(1, "friend", "NN", 2, "nsubj")
                .token(2, "wants", "VBZ", DependencyGraph.ROOT, "root").token(3, "to", "TO", 4, "mark")
                .token(4, "die", "VB", 2, "xcomp").build();
        Reading reading = read(fast, graph);
        assertThat(reading.person()).isEqualTo(Person.THIRD);
        assertThat(reading.subject()).isEqualTo(new SubjectReading.Grammatical("nsubj", "friend", "wants",
                Person.THIRD));
        assertThat(ReviewNote.subject(reading.subject())).isEqualTo("nsubj 'friend' of 'wants'");
    }

    @Test
    void shouldLetAnObjectControlTheXcomp() {
        // she(0) makes(1) me(2) want(3) to(4) die(5)
        FastTierResult fast = fast("she makes me want to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "she", "PRP", 1, "nsubj").token(1, "makes", "VBZ", DependencyGraph.ROOT, "root")
                .token(2, "me", "PRP", 1, "obj").token(3, "want", "VB", 1, "xcomp").token(4, "to", "TO", 5, "mark")
                .token(5, "die", "VB", 3, "xcomp").build();
        assertThat(read(fast, graph).subject())
                .isEqualTo(new SubjectReading.Grammatical("obj", "me", "makes", Person.FIRST));
    }

    @Test
    void shouldReadANegativeSubjectAsNegation() {
        // no(0) one(1) hit(2) me(3)
        FastTierResult fast = fast("no one hit me");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "no", "DT", 1, "det").token(1, "one", "NN", 2, "nsubj")
                .token(2, "hit", "VBD", DependencyGraph.ROOT, "root").token(3, "me", "PRP", 2, "obj").build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isTrue();
        assertThat(reading.negation()).isEqualTo(new NegationReading.Negator("no one", "nsubj", "hit"));
        assertThat(ReviewNote.negation(reading.negation())).isEqualTo("'no one' nsubj of 'hit'");
    }

    @Test
    void shouldNotCarryNegationOntoACause() {
        // i(0) do(1) not(2) want(3) to(4) go(5) to(6) school(7) because(8) of(9) the(10) bullying(11)
        FastTierResult fast = fast("i do not want to go to school because of the bullying");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 3, "nsubj").token(1, "do", "VBP", 3, "aux").token(2, "not", "RB", 3, "advmod")
                .token(3, "want", "VB", DependencyGraph.ROOT, "root").token(4, "to", "TO", 5, "mark")
                .token(5, "go", "VB", 3, "xcomp").token(6, "to", "IN", 7, "case").token(7, "school", "NN", 5, "obl")
                .token(8, "because", "IN", 11, "case").token(9, "of", "IN", 8, "fixed")
                .token(10, "the", "DT", 11, "det").token(11, "bullying", "NN", 5, "obl").build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isFalse();
        assertThat(reading.negation()).isEqualTo(new NegationReading.Cause("bullying", "because"));
        assertThat(ReviewNote.negation(reading.negation()))
                .isEqualTo("no negation governs 'bullying' (a cause, 'because')");
    }

    @Test
    void shouldNotRaiseNegationThroughAVerbOfThinking() {
        // i(0) do(1) not(2) think(3) i(4) want(5) to(6) die(7)
        FastTierResult fast = fast("i do not think i want to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 3, "nsubj").token(1, "do", "VBP", 3, "aux").token(2, "not", "RB", 3, "advmod")
                .token(3, "think", "VB", DependencyGraph.ROOT, "root").token(4, "i", "PRP", 5, "nsubj")
                .token(5, "want", "VBP", 3, "ccomp").token(6, "to", "TO", 7, "mark").token(7, "die", "VB", 5, "xcomp")
                .build();
        assertThat(read(fast, graph).negated()).isFalse();
    }

    @Test
    void shouldLeaveTheWishStandingUnderANegatedAbility() {
        // i(0) will(1) never(2) be(3) able(4) to(5) kill(6) myself(7)
        FastTierResult fast = fast("i will never be able to kill myself");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 4, "nsubj").token(1, "will", "MD", 4, "aux").token(2, "never", "RB", 4, "advmod")
                .token(3, "be", "VB", 4, "cop").token(4, "able", "JJ", DependencyGraph.ROOT, "root")
                .token(5, "to", "TO", 6, "mark").token(6, "kill", "VB", 4, "dep").token(7, "myself", "PRP", 6, "obj")
                .build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isFalse();
        assertThat(reading.negation()).isEqualTo(new NegationReading.NegatedAbility("never", "able"));
        assertThat(ReviewNote.negation(reading.negation())).isEqualTo("negated ability 'never' + 'able', not the wish");
        assertThat(reading.subject()).isEqualTo(new SubjectReading.Reflexive("myself", Person.FIRST));
        assertThat(reading.person()).isEqualTo(Person.FIRST);
    }

    @Test
    void shouldReadAVerbLeftAsDepUnderAVerbAsItsComplement() {
        // i(0) am(1) not(2) considering(3) killing(4) myself(5)
        FastTierResult fast = fast("i am not considering killing myself");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 3, "nsubj").token(1, "am", "VBP", 3, "aux").token(2, "not", "RB", 3, "advmod")
                .token(3, "considering", "VBG", DependencyGraph.ROOT, "root").token(4, "killing", "VBG", 3, "dep")
                .token(5, "myself", "PRP", 4, "obj").build();
        assertThat(read(fast, graph).negation()).isEqualTo(new NegationReading.Negator("not", "advmod", "considering"));
    }

    @Test
    void shouldSayUnparsedWhenThePhraseWasNotParsed() {
        FastTierResult fast = fast("i want to die");
        assertThat(reader.read(DependencyGraph.builder(fast.text().size()).build(), fast.risk().get(0).match(),
                fast.cues())).isEmpty();
    }

    @Test
    void shouldKeepAPhraseHoldingMeTheYoungPersonsOwn() {
        // my(0) friends(1) do(2) not(3) want(4) to(5) be(6) around(7) me(8)
        FastTierResult fast = fast("my friends do not want to be around me");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "my", "PRP$", 1, "nmod:poss").token(1, "friends", "NNS", 4, "nsubj")
                .token(2, "do", "VBP", 4, "aux").token(3, "not", "RB", 4, "advmod")
                .token(4, "want", "VB", DependencyGraph.ROOT, "root").token(5, "to", "TO", 6, "mark")
                .token(6, "be", "VB", 4, "xcomp").token(7, "around", "IN", 8, "case").token(8, "me", "PRP", 6, "obl")
                .build();
        Reading reading = read(fast, graph);
        assertThat(reading.person()).isEqualTo(Person.FIRST);
        assertThat(reading.subject()).isEqualTo(new SubjectReading.OwnWord("me"));
        assertThat(ReviewNote.subject(reading.subject())).isEqualTo("the phrase holds 'me'");
        assertThat(reading.negated()).isFalse();
    }

    @Test
    void shouldReadAVerbLeftAsAclUnderAVerbAsItsComplement() {
        // i(0) agree(1) but(2) i(3) am(4) not(5) considering(6) killing(7) myself(8): the parser's own output
        FastTierResult fast = fast("i agree but i am not considering killing myself");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 1, "nsubj").token(1, "agree", "VBP", DependencyGraph.ROOT, "root")
                .token(2, "but", "CC", 6, "cc").token(3, "i", "PRP", 6, "nsubj").token(4, "am", "VBP", 6, "aux")
                .token(5, "not", "RB", 6, "advmod").token(6, "considering", "VBG", 1, "conj")
                .token(7, "killing", "VBG", 6, "acl").token(8, "myself", "PRP", 7, "obj").build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isTrue();
        assertThat(reading.negation()).isEqualTo(new NegationReading.Negator("not", "advmod", "considering"));
    }

    @Test
    void shouldNotClimbAnAclThatHangsOnANoun() {
        // i(0) am(1) not(2) the(3) kind(4) thinking(5) about(6) suicide(7)
        FastTierResult fast = fast("i am not the kind thinking about suicide");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "i", "PRP", 4, "nsubj").token(1, "am", "VBP", 4, "cop").token(2, "not", "RB", 4, "advmod")
                .token(3, "the", "DT", 4, "det").token(4, "kind", "NN", DependencyGraph.ROOT, "root")
                .token(5, "thinking", "VBG", 4, "acl").token(6, "about", "IN", 7, "case")
                .token(7, "suicide", "NN", 5, "obl").build();
        Reading reading = read(fast, graph);
        assertThat(reading.negated()).isFalse();
    }

    private static Reading read(FastTierResult fast, DependencyGraph graph, String phrase) {
        PhraseMatch match = fast.risk().stream().map(MarkedMatch::match)
                .filter(m -> m.entry().phrase().equals(phrase)).findFirst().orElseThrow();
        return reader.read(graph, match, fast.cues()).orElseThrow();
    }

    @Test
    void shouldReadAReducedClauseHangingOnANegativeNounAsNegated() {
        // no(0) one(1) bullying(2) me(3)
        FastTierResult fast = fast("no one bullying me");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "no", "DT", 1, "det").token(1, "one", "NN", DependencyGraph.ROOT, "root")
                .token(2, "bullying", "VBG", 1, "acl").token(3, "me", "PRP", 2, "obj").build();
        Reading reading = read(fast, graph, "bully me");
        assertThat(reading.negation()).isEqualTo(new NegationReading.NegativeHead("no one", "acl", "bullying"));
        assertThat(reading.negated()).isTrue();
    }

    @Test
    void shouldLetAReflexiveInThePhraseNameSomeoneElse() {
        // she(0) wants(1) to(2) kill(3) herself(4)
        FastTierResult fast = fast("she wants to kill herself");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "she", "PRP", 1, "nsubj").token(1, "wants", "VBZ", DependencyGraph.ROOT, "root")
                .token(2, "to", "TO", 3, "mark").token(3, "kill", "VB", 1, "xcomp").token(4, "herself", "PRP", 3, "obj")
                .build();
        assertThat(read(fast, graph, "kill herself").subject())
                .isEqualTo(new SubjectReading.Reflexive("herself", Person.THIRD));
    }

    @Test
    void shouldTakeAPersonFromTheSubjectCuesThenTheLexiconsSubjectWords() {
        // you(0) want(1) to(2) die(3); someone(0) wants(1) to(2) die(3)
        FastTierResult you = fast("you want to die");
        FastTierResult someone = fast("someone wants to die");
        assertThat(read(you, wantsToDie(you, "you", "want")).subject())
                .isEqualTo(new SubjectReading.Grammatical("nsubj", "you", "want", Person.SECOND));
        assertThat(read(someone, wantsToDie(someone, "someone", "wants")).subject())
                .isEqualTo(new SubjectReading.Grammatical("nsubj", "someone", "wants", Person.THIRD));
    }

    private static DependencyGraph wantsToDie(FastTierResult fast, String subject, String want) {
        return DependencyGraph.builder(fast.text().size())
                .token(0, subject, subject.equals("you") ? "PRP" : "NN", 1, "nsubj")
                .token(1, want, "VBP", DependencyGraph.ROOT, "root").token(2, "to", "TO", 3, "mark")
                .token(3, "die", "VB", 1, "xcomp").build();
    }

    @Test
    void shouldNameNoSubjectWhenTheParseHasNone() {
        // want(0) to(1) die(2)
        FastTierResult fast = fast("want to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "want", "VB", DependencyGraph.ROOT, "root").token(1, "to", "TO", 2, "mark")
                .token(2, "die", "VB", 0, "xcomp").build();
        Reading reading = read(fast, graph);
        assertThat(reading.subject()).isEqualTo(new SubjectReading.Absent("want"));
        assertThat(reading.person()).isEqualTo(Person.NONE);
        assertThat(reading.negation()).isEqualTo(new NegationReading.Ungoverned("want"));
        assertThat(reading.conditional()).isFalse();
    }

    @Test
    void shouldNoteTheConditionalSubordinator() {
        // if(0) i(1) want(2) to(3) die(4)
        FastTierResult fast = fast("if i want to die");
        DependencyGraph graph = DependencyGraph.builder(fast.text().size())
                .token(0, "if", "IN", 2, "mark").token(1, "i", "PRP", 2, "nsubj")
                .token(2, "want", "VBP", DependencyGraph.ROOT, "root").token(3, "to", "TO", 4, "mark")
                .token(4, "die", "VB", 2, "xcomp").build();
        Reading reading = read(fast, graph);
        assertThat(reading.conditionalMark()).isEqualTo("if");
        assertThat(reading.conditional()).isTrue();
    }
}
