package org.stepin.app.evaluate.dataset;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.stepin.core.Direction;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * One row of the team's seed corpus ({@code lexicons/corpus/LABELLING.md}). Immutable.
 *
 * @param id the row id ({@code a0001})
 * @param category the category a worker would file it under; empty for {@code none}
 * @param severity the labelled severity
 * @param trap how the row is built to trip a naive detector, {@code none} for most rows
 * @param text the message
 */
public record SeedRow(String id, Optional<Category> category, Severity severity, String trap, String text) {

    public SeedRow {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(severity, "severity");
        requireNonNull(trap, "trap");
        requireNonNull(text, "text");
    }

    /** True when a worker should step in: MODERATE or above. */
    public boolean stepIn() {
        return severity.atLeast(Severity.MODERATE);
    }

    /** Worker-written rows (boundary) are outbound; everything else is a youth's message. */
    public Direction direction() {
        return category.filter(Category.BOUNDARY::equals).isPresent() ? Direction.OUTBOUND : Direction.INBOUND;
    }
}
