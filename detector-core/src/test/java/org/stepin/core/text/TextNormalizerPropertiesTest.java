package org.stepin.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextNormalizerPropertiesTest {
    private final Analyzer analyzer = Analyzer.create(
            EmojiTable.of(Map.of(0x1F480, "skull")),
            Map.of("kms", List.of("kill", "myself"), "don't", List.of("do", "not")),
            Map.of("dying", "die"),
            Vocabulary.of(Set.of("kill", "myself", "die", "want")),
            256, 64);

    @Property(tries = 3000)
    void offsetsStayInsideTheOriginalAndOrdered(@ForAll("chatLike") String text) {
        NormalizedText normalized = new TextNormalizer(EmojiTable.of(Map.of(0x1F480, "skull")), 256)
                .normalize(text);
        int previousStart = 0;
        for (int i = 0; i < normalized.length(); i++) {
            int start = normalized.originalStart(i);
            int end = normalized.originalEnd(i);
            assertThat(start).isBetween(0, text.length());
            assertThat(end).isBetween(start, text.length());
            assertThat(start).isGreaterThanOrEqualTo(previousStart);
            previousStart = start;
        }
    }

    @Property(tries = 3000)
    void analysisNeverThrowsAndTokensPointIntoTheOriginal(@ForAll("chatLike") String text) {
        AnalyzedText analyzed = analyzer.analyze(text);
        int previousStart = 0;
        for (Token token : analyzed.tokens()) {
            assertThat(token.start()).isBetween(0, text.length());
            assertThat(token.end()).isBetween(token.start(), text.length());
            assertThat(token.start()).isGreaterThanOrEqualTo(previousStart);
            assertThat(token.form()).isNotEmpty();
            previousStart = token.start();
        }
        assertThat(analyzed.tokens()).hasSizeLessThanOrEqualTo(64 * 2);
    }

    @Property(tries = 1000)
    void anyUnicodeStringIsSafe(@ForAll String text) {
        AnalyzedText analyzed = analyzer.analyze(text);
        for (Token token : analyzed.tokens()) {
            assertThat(token.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Provide
    Arbitrary<String> chatLike() {
        Arbitrary<String> pieces = Arbitraries.of("k1ll", "mys3lf", "d!e", "diiiiie", "kms", "don't", "don\u2019t",
                "\uD83D\uDC80", "\u200B", "\uFE0F", "\uD83C\uDFFD", "ｋｉｌｌ", "k i l l", " ", "  ", ".", "...", "!", "?",
                ",", "\n", "@", "$", "3am", "15", "e\u0301", "\uD83D", "\uDC80", "\u0000", "dying", "want", "to",
                "I", "ß", "İ", "ﬁ", "\u043A", "\t", "-", "#kms", "'", "''");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
