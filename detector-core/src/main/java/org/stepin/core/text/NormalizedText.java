package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

/**
 * Normalised text with, for each of its chars, the span of the original text it came from
 * (like Lucene's {@code CharFilter.correctOffset}). Immutable: the arrays are never handed out.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] originalStarts;
    private final int[] originalEnds;
    private final boolean[] squeezed;
    private final boolean truncated;

    NormalizedText(String original, String text, int[] originalStarts, int[] originalEnds, boolean[] squeezed,
                   boolean truncated) {
        this.original = requireNonNull(original, "original");
        this.text = requireNonNull(text, "text");
        if (originalStarts.length < text.length() || originalEnds.length < text.length()
                || squeezed.length < text.length()) {
            throw new IllegalArgumentException("offset maps shorter than the text");
        }
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
        this.squeezed = squeezed;
        this.truncated = truncated;
    }

    /** The raw message. */
    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Length of the normalised text. */
    public int length() {
        return text.length();
    }

    /** Char {@code i} of the normalised text. */
    public char charAt(int i) {
        return text.charAt(i);
    }

    /** Start offset in the original text of normalised char {@code i}. */
    public int originalStart(int i) {
        return originalStarts[i];
    }

    /** End offset (exclusive) in the original text of normalised char {@code i}. */
    public int originalEnd(int i) {
        return originalEnds[i];
    }

    /** True when a run of repeated letters was squeezed at normalised char {@code i}. */
    public boolean squeezedAt(int i) {
        return squeezed[i];
    }

    /** True when the original was longer than the normaliser's cap and its tail was not analysed. */
    public boolean truncated() {
        return truncated;
    }
}
