package org.stepin.core.context;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stepin.core.match.PhraseMatch;

/**
 * A phrase match with the context marks found around it. Immutable.
 *
 * @param match the phrase match
 * @param marks the marks that apply
 */
public record MarkedMatch(PhraseMatch match, Set<ContextMark> marks) {

    /** Copies the marks (into an enum set: cheap to test, iterated in mark order). */
    public MarkedMatch {
        requireNonNull(match, "match");
        marks = marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
    }

    public boolean has(ContextMark mark) {
        return marks.contains(mark);
    }
}
