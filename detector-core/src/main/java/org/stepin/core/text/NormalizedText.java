package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * Normalised text with, for each of its chars, the span of the original text it came from
 * (like Lucene's {@code CharFilter.correctOffset}). Immutable: the arrays are never handed out.
 */
public final class NormalizedText implements CharSequence {
    private final String original;
    /** The normalised text in its first {@link #length} chars: tokens are cut from it, no whole string is built. */
    private final char[] chars;
    private final int length;
    private final int[] originalStarts;
    private final int[] originalEnds;
    private final boolean[] squeezed;
    private final boolean truncated;

    NormalizedText(String original, char[] chars, int length, int[] originalStarts, int[] originalEnds,
                   boolean[] squeezed, boolean truncated) {
        this.original = requireNonNull(original, "original");
        this.chars = requireNonNull(chars, "chars");
        if (chars.length < length || originalStarts.length < length || originalEnds.length < length
                || squeezed.length < length) {
            throw new IllegalArgumentException("text or offset maps shorter than " + length);
        }
        this.length = length;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
        this.squeezed = squeezed;
        this.truncated = truncated;
    }

    /** The raw message. */
    public String original() {
        return original;
    }

    /** The normalised text (a new string on each call). */
    public String text() {
        return new String(chars, 0, length);
    }

    /** Chars {@code start} (inclusive) to {@code end} (exclusive) of the normalised text. */
    public String substring(int start, int end) {
        Objects.checkFromToIndex(start, end, length);
        return new String(chars, start, end - start);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    @Override
    public String toString() {
        return text();
    }

    /** Length of the normalised text. */
    @Override
    public int length() {
        return length;
    }

    /** Char {@code i} of the normalised text. */
    @Override
    public char charAt(int i) {
        return chars[Objects.checkIndex(i, length)];
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
