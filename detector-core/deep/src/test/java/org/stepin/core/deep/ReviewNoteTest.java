package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.core.context.ContextMark;

/** The evidence's words for a typed reading, byte for byte as analysts and the snapshot read them. */
class ReviewNoteTest {
    @Test
    void shouldWriteANegatedFirstPersonReadingThatChangedTheMarks() {
        Reading reading = new Reading(new NegationReading.Negator("never", "advmod", "said"),
                new SubjectReading.Grammatical("nsubj", "i", "wanted", Person.FIRST), "");
        assertThat(ReviewNote.of(Optional.of(reading), Set.of(), Set.of(ContextMark.NEGATED)))
                .isEqualTo("deep: negated ('never' advmod of 'said'); subject first person (nsubj 'i' of 'wanted');"
                        + " marks were []");
    }

    @Test
    void shouldWriteEveryKindOfNegationReading() {
        assertThat(ReviewNote.negation(new NegationReading.Negator("no one", "nsubj", "hit")))
                .isEqualTo("'no one' nsubj of 'hit'");
        assertThat(ReviewNote.negation(new NegationReading.NegativeHead("no one", "acl", "bullying")))
                .isEqualTo("'no one' acl head of 'bullying'");
        assertThat(ReviewNote.negation(new NegationReading.DoubleNegation("not", "stop")))
                .isEqualTo("double negation 'not' + 'stop'");
        assertThat(ReviewNote.negation(new NegationReading.NegatedAbility("never", "able")))
                .isEqualTo("negated ability 'never' + 'able', not the wish");
        assertThat(ReviewNote.negation(new NegationReading.Cause("bullying", "because")))
                .isEqualTo("no negation governs 'bullying' (a cause, 'because')");
        assertThat(ReviewNote.negation(new NegationReading.Ungoverned("die"))).isEqualTo("no negation governs 'die'");
    }

    @Test
    void shouldWriteEveryKindOfSubjectReading() {
        assertThat(ReviewNote.subject(new SubjectReading.Reflexive("herself", Person.THIRD)))
                .isEqualTo("reflexive 'herself'");
        assertThat(ReviewNote.subject(new SubjectReading.OwnWord("me"))).isEqualTo("the phrase holds 'me'");
        assertThat(ReviewNote.subject(new SubjectReading.Grammatical("obj", "me", "makes", Person.FIRST)))
                .isEqualTo("obj 'me' of 'makes'");
        assertThat(ReviewNote.subject(new SubjectReading.Absent("die"))).isEqualTo("no subject of 'die'");
    }

    @Test
    void shouldNoteAConditionalAndAConfirmation() {
        Reading reading = new Reading(new NegationReading.Ungoverned("died"), new SubjectReading.Absent("died"),
                "if");
        Set<ContextMark> marks = Set.of(ContextMark.HYPOTHETICAL, ContextMark.THIRD_PERSON);
        assertThat(ReviewNote.of(Optional.of(reading), marks, marks))
                .isEqualTo("deep: not negated (no negation governs 'died'); subject none person (no subject of"
                        + " 'died'); conditional ('if'), noted only; confirms the fast tier");
    }

    @Test
    void shouldListTheFastTiersMarksInTheirOrderWhenTheyChanged() {
        Reading reading = new Reading(new NegationReading.DoubleNegation("not", "stop"),
                new SubjectReading.Reflexive("myself", Person.FIRST), "");
        Set<ContextMark> before = Set.of(ContextMark.THIRD_PERSON, ContextMark.NEGATED);
        assertThat(ReviewNote.of(Optional.of(reading), before, Set.of()))
                .isEqualTo("deep: not negated (double negation 'not' + 'stop'); subject first person (reflexive"
                        + " 'myself'); marks were [negated, third_person]");
    }

    @Test
    void shouldSayWhenNothingWasParsed() {
        assertThat(ReviewNote.of(Optional.empty(), Set.of(ContextMark.NEGATED), Set.of(ContextMark.NEGATED)))
                .isEqualTo("deep: not parsed, fast tier's marks kept");
    }
}
