package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

/**
 * One personal detail found in a message: its kind and its span {@code [start, end)} in the original
 * text (Java char offsets). Holds no text, so it is safe to log. Immutable.
 *
 * @param kind what kind of detail it is
 * @param start start offset into the original message
 * @param end end offset (exclusive) into the original message
 */
public record PersonalDetail(PersonalDetailKind kind, int start, int end) {

    public PersonalDetail {
        requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
