package org.stepin.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;

class MarkPolicyTest {
    private final MarkPolicy policy = new MarkPolicy();

    @Test
    void shouldMoveAFriendsIdeationToPeerConcernAtFullWeight() {
        MarkPolicy.Outcome outcome = policy.apply(Category.SUICIDAL_IDEATION, Set.of(ContextMark.THIRD_PERSON));
        assertThat(outcome.category()).isEqualTo(Category.PEER_CONCERN);
        assertThat(outcome.factor()).isEqualTo(1.0);
        assertThat(outcome.effective()).containsExactly(ContextMark.THIRD_PERSON);
    }

    @Test
    void shouldNotMoveAbuseWhenSomeoneElseIsTheSubject() {
        MarkPolicy.Outcome outcome = policy.apply(Category.ABUSE, Set.of(ContextMark.THIRD_PERSON));
        assertThat(outcome.category()).isEqualTo(Category.ABUSE);
        assertThat(outcome.effective()).isEmpty();
    }

    @Test
    void shouldMoveReportedHarassmentToBullying() {
        assertThat(policy.apply(Category.WORKER_HARASSMENT, Set.of(ContextMark.REPORTED)).category())
                .isEqualTo(Category.BULLYING);
    }

    @Test
    void shouldMultiplyFactors() {
        MarkPolicy.Outcome outcome = policy.apply(Category.SELF_HARM,
                EnumSet.of(ContextMark.HYPOTHETICAL, ContextMark.PAST));
        assertThat(outcome.factor()).isEqualTo(0.15, Offset.offset(1e-9));
        assertThat(outcome.effective()).containsExactly(ContextMark.HYPOTHETICAL, ContextMark.PAST);
    }

    @Test
    void shouldCancelNegatedFigurativeAcademicAndGamingEvidence() {
        for (ContextMark mark : EnumSet.of(ContextMark.NEGATED, ContextMark.FIGURATIVE, ContextMark.ACADEMIC,
                ContextMark.GAMING)) {
            assertThat(policy.apply(Category.SUICIDAL_IDEATION, Set.of(mark)).factor()).as(mark.id()).isZero();
        }
    }

    @Test
    void shouldKeepAFifthOfSupportTalkAboutTheReaderOrPeopleInGeneral() {
        for (ContextMark mark : EnumSet.of(ContextMark.ADDRESSEE, ContextMark.GENERIC)) {
            MarkPolicy.Outcome outcome = policy.apply(Category.SUICIDAL_IDEATION, Set.of(mark));
            assertThat(outcome.category()).isEqualTo(Category.SUICIDAL_IDEATION);
            assertThat(outcome.factor()).as(mark.id()).isEqualTo(MarkPolicy.SUPPORT_TALK);
            assertThat(outcome.effective()).containsExactly(mark);
        }
    }

    @Test
    void shouldNotLowerHarassmentOrBullyingAimedAtTheReader() {
        for (Category category : EnumSet.of(Category.WORKER_HARASSMENT, Category.BULLYING, Category.ABUSE)) {
            MarkPolicy.Outcome outcome = policy.apply(category, Set.of(ContextMark.ADDRESSEE));
            assertThat(outcome.factor()).as(category.id()).isEqualTo(1.0);
            assertThat(outcome.effective()).isEmpty();
        }
    }
}
