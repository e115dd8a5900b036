package org.stepin.core.score;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.match.PhraseMatch;

/**
 * A risk match after the mark policy: the category it now counts for and its effective weight.
 * Immutable.
 *
 * @param match the phrase match
 * @param category the category it counts for (may differ from the entry's, e.g. peer concern)
 * @param weight the entry's weight times the marks' factors
 * @param marks the marks that changed it
 */
public record ScoredMatch(PhraseMatch match, Category category, double weight, List<ContextMark> marks) {

    /** Copies the marks. */
    public ScoredMatch {
        requireNonNull(match, "match");
        requireNonNull(category, "category");
        marks = List.copyOf(marks);
    }

    /** The category of the lexicon entry that matched. */
    public Category lexiconCategory() {
        return (Category) match.entry().list();
    }

    /** True when no mark changed it: the young person's own, literal words. */
    public boolean ownVoice() {
        return marks.isEmpty();
    }
}
