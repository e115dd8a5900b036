package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import org.stepin.core.eval.Confusion;
import org.stepin.core.lexicon.Category;

/**
 * Per-category quality on the seed corpus: a row labelled with the category at MODERATE or above is
 * positive; the contender is right when it alerts and its top category is that category. Immutable.
 *
 * @param contender the contender's name
 * @param category the category
 * @param confusion the counts
 */
public record CategoryRow(String contender, Category category, Confusion confusion) {

    public CategoryRow {
        requireNonNull(contender, "contender");
        requireNonNull(category, "category");
        requireNonNull(confusion, "confusion");
    }
}
