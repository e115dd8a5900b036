package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Tag;

/**
 * Why a message scored: one lexicon phrase found in it. Immutable.
 *
 * @param category the category the evidence counts for
 * @param lexiconCategory the category of the lexicon entry (differs when a mark moved it)
 * @param entry the lexicon phrase as the analysts wrote it
 * @param start start offset into the original message
 * @param end end offset (exclusive) into the original message
 * @param weight the entry's weight
 * @param effectiveWeight the weight after context marks
 * @param marks the context marks that changed it
 * @param tags the entry's tags
 * @param source the lexicon file and line of the entry, e.g. {@code categories/self_harm.txt:12}
 * @param review what a deeper tier found about it, e.g. {@code deep: negated ('never' advmod of 'said')};
 *     empty when no deeper tier looked at it
 */
public record Evidence(Category category, Category lexiconCategory, String entry, int start, int end, double weight,
                       double effectiveWeight, List<ContextMark> marks, Set<Tag> tags, String source,
                       String review) {

    /** Validates and copies. */
    public Evidence {
        requireNonNull(category, "category");
        requireNonNull(lexiconCategory, "lexiconCategory");
        requireNonNull(entry, "entry");
        requireNonNull(source, "source");
        requireNonNull(review, "review");
        marks = List.copyOf(marks);
        tags = Set.copyOf(tags);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Evidence no deeper tier has looked at (the fast tier's). */
    public Evidence(Category category, Category lexiconCategory, String entry, int start, int end, double weight,
                    double effectiveWeight, List<ContextMark> marks, Set<Tag> tags, String source) {
        this(category, lexiconCategory, entry, start, end, weight, effectiveWeight, marks, tags, source, "");
    }

    /** True when a deeper tier looked at it. */
    public boolean reviewed() {
        return !review.isEmpty();
    }
}
