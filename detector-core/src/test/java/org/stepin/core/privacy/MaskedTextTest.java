package org.stepin.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaskedTextTest {
    private static final String MESSAGE = "ring 07700 900123 or mail jo@example.com if sad";
    private final PersonalDetailScanner scanner = PersonalDetailScanner.create();
    private final MaskedText masked = Masker.mask(MESSAGE, scanner.scan(MESSAGE));

    @Test
    void shouldReplaceEachDetailWithItsPlaceholder() {
        assertThat(masked.text()).isEqualTo("ring [phone] or mail [email] if sad");
    }

    @Test
    void shouldUseOnePlaceholderPerKind() {
        String text = "07700 900123 a@b.com @jenny_x www.x.com 12 Baker Street";
        assertThat(Masker.mask(text, scanner.scan(text)).text())
                .isEqualTo("[phone] [email] [handle] [url] [address]");
    }

    @Test
    void shouldKeepSpansBeforeTheFirstDetail() {
        Span mapped = masked.mapSpan(0, 4);
        assertThat(mapped).isEqualTo(new Span(0, 4));
        assertThat(masked.text().substring(mapped.start(), mapped.end())).isEqualTo("ring");
    }

    @Test
    void shouldShiftSpansAfterDetails() {
        int start = MESSAGE.indexOf("sad");
        Span mapped = masked.mapSpan(start, start + 3);
        assertThat(masked.text().substring(mapped.start(), mapped.end())).isEqualTo("sad");
        int between = MESSAGE.indexOf("or mail");
        Span middle = masked.mapSpan(between, between + 7);
        assertThat(masked.text().substring(middle.start(), middle.end())).isEqualTo("or mail");
    }

    @Test
    void shouldCoverThePlaceholderWhenASpanOverlapsADetail() {
        int phone = MESSAGE.indexOf("07700");
        Span partly = masked.mapSpan(0, phone + 3);
        assertThat(masked.text().substring(partly.start(), partly.end())).isEqualTo("ring [phone]");
        Span inside = masked.mapSpan(phone + 2, phone + 4);
        assertThat(masked.text().substring(inside.start(), inside.end())).isEqualTo("[phone]");
        int email = MESSAGE.indexOf("example");
        Span tail = masked.mapSpan(email, MESSAGE.length());
        assertThat(masked.text().substring(tail.start(), tail.end())).isEqualTo("[email] if sad");
    }

    @Test
    void shouldMapEmptySpansAtDetailEdgesToPlaceholderEdges() {
        int phone = MESSAGE.indexOf("07700");
        int phoneEnd = phone + "07700 900123".length();
        assertThat(masked.mapSpan(phone, phone)).isEqualTo(new Span(5, 5));
        assertThat(masked.mapSpan(phoneEnd, phoneEnd)).isEqualTo(new Span(12, 12));
    }

    @Test
    void shouldLeaveTextWithoutDetailsAlone() {
        MaskedText plain = Masker.mask("nothing here", List.of());
        assertThat(plain.text()).isEqualTo("nothing here");
        assertThat(plain.mapSpan(8, 12)).isEqualTo(new Span(8, 12));
    }

    @Test
    void shouldNeverShowTheOriginalDetailInToString() {
        assertThat(masked.toString()).doesNotContain("07700").doesNotContain("jo@example.com");
    }

    @Test
    void shouldRejectSpansOutsideTheOriginal() {
        assertThatThrownBy(() -> masked.mapSpan(0, MESSAGE.length() + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length " + MESSAGE.length());
        assertThatThrownBy(() -> masked.mapSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectOverlappingOrOutOfRangeDetails() {
        List<PersonalDetail> overlapping = List.of(
                new PersonalDetail(PersonalDetailKind.PHONE, 0, 5),
                new PersonalDetail(PersonalDetailKind.URL, 3, 8));
        assertThatThrownBy(() -> Masker.mask("0123456789", overlapping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlaps");
        List<PersonalDetail> outside = List.of(new PersonalDetail(PersonalDetailKind.PHONE, 5, 20));
        assertThatThrownBy(() -> Masker.mask("0123456789", outside)).isInstanceOf(IllegalArgumentException.class);
    }
}
