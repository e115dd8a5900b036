package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A message with its personal details replaced by placeholders, and the map from offsets in the
 * original message to offsets in the masked text. It does not keep the original text, only its
 * length. Immutable and thread-safe: the arrays are never handed out.
 */
public final class MaskedText {
    private final String text;
    private final int originalLength;
    private final int[] originalStarts;
    private final int[] originalEnds;
    private final int[] maskedStarts;
    private final int[] maskedEnds;

    MaskedText(String text, int originalLength, int[] originalStarts, int[] originalEnds, int[] maskedStarts,
               int[] maskedEnds) {
        this.text = requireNonNull(text, "text");
        this.originalLength = originalLength;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
        this.maskedStarts = maskedStarts;
        this.maskedEnds = maskedEnds;
    }

    public String text() {
        return text;
    }

    /**
     * Where the span {@code [start, end)} of the original message lies in the masked text. A span that
     * overlaps a detail grows to cover the detail's whole placeholder; other spans keep their text.
     *
     * @throws IllegalArgumentException when the span is not inside the original message
     */
    public Span mapSpan(int start, int end) {
        if (start < 0 || end < start || end > originalLength) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not inside a text of length "
                    + originalLength);
        }
        return new Span(mapStart(start), mapEnd(end));
    }

    /** {@link #mapSpan(int, int)} for a span. */
    public Span mapSpan(Span original) {
        return mapSpan(original.start(), original.end());
    }

    /**
     * A window of the masked text for an alert: it holds the first of {@code originalSpans} whole, then
     * each further span that still fits, and fills up to {@code maxChars} chars with context on both
     * sides, cut at whitespace where a word boundary is near. A cut end is marked with {@code …}
     * (not counted in {@code maxChars}). A first span longer than {@code maxChars} is kept whole.
     *
     * @param originalSpans spans of the original message, the most important first
     * @param maxChars the most chars of masked text to show
     * @return the snippet, with each span mapped into it, or empty where it did not fit
     */
    public Snippet snippet(List<Span> originalSpans, int maxChars) {
        requireNonNull(originalSpans, "originalSpans");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        List<Span> mapped = new ArrayList<>(originalSpans.size());
        for (Span span : originalSpans) {
            mapped.add(mapSpan(requireNonNull(span, "originalSpans element")));
        }
        return SnippetWindow.cut(text, mapped, maxChars);
    }

    /** The masked text; never the original. */
    @Override
    public String toString() {
        return text;
    }

    private int mapStart(int offset) {
        int i = lastDetailStartingAtOrBefore(offset);
        if (i >= 0 && offset < originalEnds[i]) {
            return maskedStarts[i];
        }
        return offset + shiftAfter(i);
    }

    private int mapEnd(int offset) {
        int i = lastDetailStartingAtOrBefore(offset - 1);
        if (i >= 0 && offset <= originalEnds[i]) {
            return maskedEnds[i];
        }
        return offset + shiftAfter(i);
    }

    /** How far offsets after detail {@code i} (and before the next) move; 0 before the first. */
    private int shiftAfter(int i) {
        return i < 0 ? 0 : maskedEnds[i] - originalEnds[i];
    }

    private int lastDetailStartingAtOrBefore(int offset) {
        int found = Arrays.binarySearch(originalStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
