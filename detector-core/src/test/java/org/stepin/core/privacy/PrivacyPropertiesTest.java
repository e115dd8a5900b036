package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PrivacyPropertiesTest {
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();

    @Property(tries = 2000)
    void detailsAreInBoundsSortedAndDisjoint(@ForAll("chatLike") String text) {
        assertWellFormed(text, scanner.scan(text));
    }

    @Property(tries = 1000)
    void anyUnicodeStringIsSafeToScanAndMask(@ForAll String text) {
        List<PersonalDetail> details = scanner.scan(text);
        assertWellFormed(text, details);
        MaskedText masked = Masker.mask(text, details);
        assertThat(masked.mapSpan(0, text.length())).isEqualTo(new Span(0, masked.text().length()));
    }

    @Property(tries = 2000)
    void maskedTextShowsNoDigitsOfADetectedPhone(@ForAll("chatLike") String text) {
        List<PersonalDetail> details = scanner.scan(text);
        MaskedText masked = Masker.mask(text, details);
        for (PersonalDetail detail : details) {
            Span placeholder = masked.mapSpan(detail.start(), detail.end());
            assertThat(masked.text().substring(placeholder.start(), placeholder.end()))
                    .isEqualTo(detail.kind().placeholder());
            if (detail.kind() == PersonalDetailKind.PHONE) {
                String raw = text.substring(detail.start(), detail.end());
                String digits = Chars.digitsOf(raw);
                assertThat(digits).hasSizeGreaterThanOrEqualTo(7);
                String elsewhere = text.substring(0, detail.start()) + " " + text.substring(detail.end());
                if (!elsewhere.contains(raw)) {
                    assertThat(masked.text()).doesNotContain(raw);
                }
                if (digitRuns(elsewhere).stream().noneMatch(run -> run.contains(digits))) {
                    assertThat(digitRuns(masked.text())).noneMatch(run -> run.contains(digits));
                }
            }
        }
    }

    /** The maximal runs of at least seven adjacent digits. */
    private static List<String> digitRuns(String text) {
        return Arrays.stream(text.split("[^0-9]+")).filter(run -> run.length() >= 7).toList();
    }

    @Property(tries = 2000)
    void spansAwayFromDetailsKeepTheirText(@ForAll("chatLike") String text, @ForAll @IntRange(max = 400) int a,
                                           @ForAll @IntRange(max = 400) int b) {
        int start = Math.min(Math.min(a, b), text.length());
        int end = Math.min(Math.max(a, b), text.length());
        Span span = new Span(start, end);
        List<PersonalDetail> details = scanner.scan(text);
        MaskedText masked = Masker.mask(text, details);
        Span mapped = masked.mapSpan(span);
        String shown = masked.text().substring(mapped.start(), mapped.end());
        if (details.stream().noneMatch(detail -> detail.span().overlaps(span))) {
            assertThat(shown).isEqualTo(text.substring(start, end));
        } else {
            assertThat(shown).containsAnyOf("[phone]", "[email]", "[handle]", "[url]", "[address]");
        }
        Snippet snippet = masked.snippet(List.of(span), 40);
        Span inSnippet = snippet.spans().get(0).orElseThrow();
        assertThat(snippet.text().substring(inSnippet.start(), inSnippet.end())).isEqualTo(shown);
    }

    private static void assertWellFormed(String text, List<PersonalDetail> details) {
        int previousEnd = 0;
        for (PersonalDetail detail : details) {
            assertThat(detail.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(detail.end()).isBetween(detail.start() + 1, text.length());
            previousEnd = detail.end();
        }
    }

    @Provide
    Arbitrary<String> chatLike() {
        Arbitrary<String> pieces = Arbitraries.of(
                "07700 900123", "+44 7700 900123", "(555) 123-4567", "555.123.4567", "2024-05-01", "10:30",
                "£12.50", "3-2", "12345", "0612345678", "a@b.com", "name at gmail dot com", "[at]", "[dot]",
                "@jenny_x", "my snap is ", "add me on insta: ", "www.x.com", "bit.ly/q", "https://e.org/(a)",
                "12 Baker Street", "SW1A 1AA", "Flat 3, ", " ", " ", "  ", ".", ",", "-", "(", ")", "@", "+", "/",
                ":", "😀", "\uD83D", "\u200B", "i want to die", "lol", "x", "9", "999", "st", "road", "\n");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }
}
