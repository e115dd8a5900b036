package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SnippetTest {
    private static final String LONG = "yesterday was fine and we played football in the park until it got dark, "
            + "but today i just want to disappear and nobody would notice, call me on 07700 900123 "
            + "or dont, whatever, it does not matter anymore and i am so tired of everything here";
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    private MaskedText mask(String text) {
        return Masker.mask(text, scanner.scan(text));
    }

    private static Span spanOf(String text, String evidence) {
        int start = text.indexOf(evidence);
        return new Span(start, start + evidence.length());
    }

    private static String textAt(Snippet snippet, int index) {
        Span span = snippet.spans().get(index).orElseThrow();
        return snippet.text().substring(span.start(), span.end());
    }

    @Test
    void shouldKeepAShortMessageWhole() {
        String text = "i want to disappear, text me on 07700 900123";
        Snippet snippet = mask(text).snippet(List.of(spanOf(text, "want to disappear")), 200);
        assertThat(snippet.text()).isEqualTo("i want to disappear, text me on [phone]");
        assertThat(textAt(snippet, 0)).isEqualTo("want to disappear");
    }

    @Test
    void shouldCutALongMessageOnWordBoundariesAroundTheEvidence() {
        Snippet snippet = mask(LONG).snippet(List.of(spanOf(LONG, "want to disappear")), 60);
        assertThat(snippet.text()).startsWith("…").endsWith("…");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(60 + 2);
        assertThat(textAt(snippet, 0)).isEqualTo("want to disappear");
        String inner = snippet.text().substring(1, snippet.text().length() - 1);
        assertThat(inner).doesNotStartWith(" ").doesNotEndWith(" ");
        for (String word : inner.split(" ")) {
            assertThat(LONG.split("[ ,]")).as(word).contains(word.replace(",", ""));
        }
    }

    @Test
    void shouldMapEvidenceThatFollowsAMaskedDetail() {
        Snippet snippet = mask(LONG).snippet(List.of(spanOf(LONG, "does not matter anymore")), 100);
        assertThat(textAt(snippet, 0)).isEqualTo("does not matter anymore");
        assertThat(snippet.text()).contains("[phone]").doesNotContain("07700");
    }

    @Test
    void shouldKeepEverySpanThatFitsAndMarkTheRestEmpty() {
        List<Span> evidence = List.of(spanOf(LONG, "want to disappear"), spanOf(LONG, "nobody would notice"),
                spanOf(LONG, "so tired of everything"));
        Snippet snippet = mask(LONG).snippet(evidence, 70);
        assertThat(textAt(snippet, 0)).isEqualTo("want to disappear");
        assertThat(textAt(snippet, 1)).isEqualTo("nobody would notice");
        assertThat(snippet.spans().get(2)).isEqualTo(Optional.empty());
    }

    @Test
    void shouldCoverThePlaceholderWhenEvidenceOverlapsADetail() {
        Snippet snippet = mask(LONG).snippet(List.of(spanOf(LONG, "call me on 07700")), 60);
        assertThat(textAt(snippet, 0)).isEqualTo("call me on [phone]");
    }

    @Test
    void shouldKeepAFirstSpanLongerThanTheWindowWhole() {
        Span whole = spanOf(LONG, "today i just want to disappear and nobody would notice");
        Snippet snippet = mask(LONG).snippet(List.of(whole), 10);
        assertThat(textAt(snippet, 0)).isEqualTo("today i just want to disappear and nobody would notice");
    }

    @Test
    void shouldNotSplitSurrogatePairs() {
        String text = "😀".repeat(40) + "sad" + "😀".repeat(40);
        Snippet snippet = mask(text).snippet(List.of(spanOf(text, "sad")), 11);
        String inner = snippet.text().replace("…", "");
        assertThat(inner).contains("sad");
        assertThat(inner.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("lone surrogates").isEmpty();
    }

    @Test
    void shouldStartAtTheTopWithoutSpans() {
        Snippet snippet = mask(LONG).snippet(List.of(), 30);
        assertThat(snippet.text()).startsWith("yesterday was fine").endsWith("…");
        assertThat(snippet.spans()).isEmpty();
    }

    @Test
    void shouldRejectANonPositiveWindow() {
        MaskedText masked = mask(LONG);
        List<Span> none = List.of();
        assertThatThrownBy(() -> masked.snippet(none, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
