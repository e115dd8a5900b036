package org.stepin.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stepin.core.lexicon.Category;

/** Who wrote a message, which decides what it is scored for. */
public enum Direction {
    /** From the young person: every category but {@code boundary}. */
    INBOUND(EnumSet.complementOf(EnumSet.of(Category.BOUNDARY))),
    /** From the worker: {@code boundary} only. */
    OUTBOUND(EnumSet.of(Category.BOUNDARY));

    /** An enum set (a bit test per look-up: the combiner asks it for every category of every message). */
    private final Set<Category> categories;

    Direction(Set<Category> categories) {
        this.categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }

    /** The categories a message in this direction is scored for. */
    public Set<Category> categories() {
        return categories;
    }
}
