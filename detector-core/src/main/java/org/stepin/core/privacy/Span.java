package org.stepin.core.privacy;

/**
 * A span {@code [start, end)} of Java char offsets into some text. Immutable.
 *
 * @param start start offset
 * @param end end offset (exclusive)
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of chars in the span. */
    public int length() {
        return end - start;
    }

    /** True when this span and {@code other} share at least one char. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
