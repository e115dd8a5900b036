package org.stepin.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer(
            EmojiTable.of(Map.of(0x1F480, "skull", 0x1F62D, "loudly_crying")), 4_096);

    @Test
    void shouldFoldCaseWidthAndAccentsWithoutLocale() {
        assertThat(normalizer.normalize("I WANT ｔｏ ＤＩＥ").text()).isEqualTo("i want to die");
        assertThat(normalizer.normalize("suïcide Ι").text()).isEqualTo("suicide i");
    }

    @Test
    void shouldFoldCyrillicLookAlikes() {
        assertThat(normalizer.normalize("\u043Aill mys\u0435lf").text()).isEqualTo("kill myself");
    }

    @Test
    void shouldDropZeroWidthCharactersAndKeepOffsetsIntoOriginal() {
        String original = "ki\u200Bll";
        NormalizedText normalized = normalizer.normalize(original);
        assertThat(normalized.text()).isEqualTo("kill");
        assertThat(normalized.originalStart(2)).isEqualTo(3);
        assertThat(normalized.originalEnd(3)).isEqualTo(original.length());
    }

    @Test
    void shouldSqueezeElongationsToTwoAndFlagThem() {
        NormalizedText normalized = normalizer.normalize("diiiiie");
        assertThat(normalized.text()).isEqualTo("diie");
        assertThat(normalized.squeezedAt(2)).isTrue();
        assertThat(normalized.originalEnd(2)).isEqualTo(6);
        assertThat(normalizer.normalize("too good").text()).isEqualTo("too good");
    }

    @Test
    void shouldUndoLeetspeakInsideWordsOnly() {
        assertThat(normalizer.normalize("k1ll mys3lf").text()).isEqualTo("kill myself");
        assertThat(normalizer.normalize("d!e").text()).isEqualTo("die");
        assertThat(normalizer.normalize("su1c1d3").text()).isEqualTo("suicide");
        assertThat(normalizer.normalize("at 3am i was 15").text()).isEqualTo("at 3am i was 15");
        assertThat(normalizer.normalize("wow!!").text()).isEqualTo("wow!!");
        assertThat(normalizer.normalize("@sam_22").text()).isEqualTo("@sam_22");
    }

    @Test
    void shouldTurnEmojiIntoSeparatedTokensSpanningTheEmoji() {
        String original = "dying\uD83D\uDC80";
        NormalizedText normalized = normalizer.normalize(original);
        assertThat(normalized.text().strip()).isEqualTo("dying emoji_skull");
        int tokenStart = normalized.text().indexOf("emoji_skull");
        assertThat(normalized.originalStart(tokenStart)).isEqualTo(5);
        assertThat(normalized.originalEnd(tokenStart)).isEqualTo(7);
    }

    @Test
    void shouldDropSkinTonesAndVariationSelectors() {
        assertThat(normalizer.normalize("ok\uFE0F\uD83C\uDFFD").text()).isEqualTo("ok");
    }

    @Test
    void shouldUnifyApostrophes() {
        assertThat(normalizer.normalize("don\u2019t").text()).isEqualTo("don't");
    }

    @Test
    void shouldCapInputAndSayItWasTruncated() {
        TextNormalizer small = new TextNormalizer(EmojiTable.empty(), 5);
        NormalizedText normalized = small.normalize("abcdefgh");
        assertThat(normalized.text()).isEqualTo("abcde");
        assertThat(normalized.truncated()).isTrue();
        assertThat(small.normalize("abc").truncated()).isFalse();
    }

    @Test
    void shouldNotSplitASurrogatePairAtTheCap() {
        TextNormalizer small = new TextNormalizer(EmojiTable.empty(), 3);
        assertThat(small.normalize("ab\uD83D\uDC80").text()).isEqualTo("ab");
    }
}
