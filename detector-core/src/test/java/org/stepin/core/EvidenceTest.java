package org.stepin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.core.lexicon.Category;
import org.stepin.core.privacy.Span;

class EvidenceTest {
    @Test
    void lexiconEvidencePointsAtItsWords() {
        Evidence evidence = Evidence.lexicon(Category.SELF_HARM, Category.SELF_HARM, "cut myself", new Span(2, 12),
                0.8, 0.8, List.of(), Set.of(), "categories/self_harm.txt:3");
        assertThat(evidence.source()).isEqualTo(EvidenceSource.LEXICON);
        assertThat(evidence.words("i cut myself")).isEqualTo("cut myself");
        assertThat(evidence.reviewed()).isFalse();
        assertThat(evidence.withReview("deep: confirmed").review()).isEqualTo("deep: confirmed");
    }

    @Test
    void theClassifiersEvidenceHasNoWords() {
        Evidence evidence = Evidence.classifier(Category.HOPELESSNESS, 0.81, 0.52, "doccat-1+sha256.abc");
        assertThat(evidence.span()).isEmpty();
        assertThat(evidence.words("anything at all")).isEmpty();
        assertThat(evidence.source().id()).isEqualTo("classifier");
        assertThat(EvidenceSource.CONTACT_DETAIL.id()).isEqualTo("contact-detail");
    }

    @Test
    void aSpanIsThereExactlyWhenTheSourceHasWords() {
        assertThatThrownBy(() -> new Evidence(EvidenceSource.LEXICON, Category.ABUSE, Category.ABUSE, "hit me",
                Optional.empty(), 0.5, 0.5, List.of(), Set.of(), "x:1", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs span");
        assertThatThrownBy(() -> new Evidence(EvidenceSource.CLASSIFIER, Category.ABUSE, Category.ABUSE, "",
                Optional.of(new Span(0, 0)), 0.5, 0.5, List.of(), Set.of(), "doccat", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no span");
    }
}
