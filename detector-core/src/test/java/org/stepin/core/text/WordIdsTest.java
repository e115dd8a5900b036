package org.stepin.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordIdsTest {
    @Test
    void shouldNumberWordsInListOrder() {
        WordIds ids = WordIds.of(List.of("kill", "myself", "die"));

        assertThat(ids.size()).isEqualTo(3);
        assertThat(ids.id("kill")).isZero();
        assertThat(ids.id("myself")).isEqualTo(1);
        assertThat(ids.id("die")).isEqualTo(2);
        assertThat(ids.word(2)).isEqualTo("die");
    }

    @Test
    void shouldAnswerAbsentForUnknownWords() {
        WordIds ids = WordIds.of(List.of("kill", "myself"));

        assertThat(ids.id("killing")).isEqualTo(WordIds.ABSENT);
        assertThat(ids.id("")).isEqualTo(WordIds.ABSENT);
        assertThat(WordIds.of(List.of()).id("kill")).isEqualTo(WordIds.ABSENT);
    }

    @Test
    void shouldFindEveryWordOfALargeTableIncludingCollidingHashes() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add("w" + i);
        }
        words.add("Aa");
        words.add("BB");
        WordIds ids = WordIds.of(words);

        for (int i = 0; i < words.size(); i++) {
            assertThat(ids.id(words.get(i))).isEqualTo(i);
        }
        assertThat(ids.id("w5000")).isEqualTo(WordIds.ABSENT);
    }

    @Test
    void shouldFindAWordFromACharRangeAndSuffixWithoutBuildingIt() {
        List<String> words = new ArrayList<>(List.of("cut", "hate", "cry", "Aa", "BB"));
        for (int i = 0; i < 5_000; i++) {
            words.add("w" + i);
        }
        WordIds ids = WordIds.of(words);

        assertThat(ids.id("cutting", 0, 3, WordIds.NO_SUFFIX)).isZero();
        assertThat(ids.id("i hated", 2, 5, 'e')).isEqualTo(1);
        assertThat(ids.id("cried", 0, 2, 'y')).isEqualTo(2);
        assertThat(ids.id("xBBx", 1, 3, WordIds.NO_SUFFIX)).isEqualTo(4);
        assertThat(ids.id("xAx", 1, 2, 'a')).isEqualTo(3);
        assertThat(ids.id("cutting", 0, 4, WordIds.NO_SUFFIX)).isEqualTo(WordIds.ABSENT);
        assertThat(ids.id("cut", 0, 3, 's')).isEqualTo(WordIds.ABSENT);
        assertThat(ids.id("cut", 1, 1, WordIds.NO_SUFFIX)).isEqualTo(WordIds.ABSENT);
        for (int i = 0; i < 5_000; i++) {
            assertThat(ids.id("[w" + i + "]", 1, 2 + String.valueOf(i).length(), WordIds.NO_SUFFIX)).isEqualTo(i + 5);
        }
    }

    @Test
    void shouldRejectAWordListedTwice() {
        assertThatThrownBy(() -> WordIds.of(List.of("die", "cut", "die")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'die'");
    }
}
