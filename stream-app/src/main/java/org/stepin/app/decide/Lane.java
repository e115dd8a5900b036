package org.stepin.app.decide;

import java.util.EnumSet;
import java.util.Set;
import org.stepin.core.lexicon.Category;

/**
 * A message's categories split by who must act: the young person's own risk goes to on-call or the caseworker;
 * harassment of a worker and a worker's boundary risks go to a supervisor. Each lane has its own open alert, so
 * one does not suppress the other.
 */
public enum Lane {
    /** The young person's own risk and their concern for a peer. */
    YOUTH_RISK(EnumSet.complementOf(EnumSet.of(Category.WORKER_HARASSMENT, Category.BOUNDARY))),
    /** Harassment of a worker (inbound) and boundary risks (outbound). */
    SUPERVISOR(EnumSet.of(Category.WORKER_HARASSMENT, Category.BOUNDARY));

    private final Set<Category> categories;

    Lane(Set<Category> categories) {
        this.categories = Set.copyOf(categories);
    }

    /** The categories in this lane. */
    public Set<Category> categories() {
        return categories;
    }
}
