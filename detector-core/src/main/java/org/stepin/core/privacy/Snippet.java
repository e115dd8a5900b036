package org.stepin.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A window of masked text for an alert, with the requested spans mapped into it. Immutable.
 *
 * @param text the snippet, with {@code …} where the masked text was cut
 * @param spans for each span asked for, in the same order, its place in {@link #text()}, or empty
 *              when it did not fit in the window
 */
public record Snippet(String text, List<Optional<Span>> spans) {

    public Snippet {
        requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (Optional<Span> span : spans) {
            if (span.isPresent() && span.get().end() > text.length()) {
                throw new IllegalArgumentException("span " + span.get() + " is outside a snippet of length "
                        + text.length());
            }
        }
    }
}
