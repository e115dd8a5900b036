package org.stepin.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Tag;
import org.stepin.core.privacy.Span;

/**
 * Why a message scored: one thing a tier found in it, with where it came from. Immutable.
 *
 * @param source what produced it
 * @param category the category the evidence counts for
 * @param lexiconCategory the category of the lexicon entry (differs when a mark moved it); {@code category} for
 *     other sources
 * @param entry the lexicon phrase as the analysts wrote it, or what was found ("personal phone number"); empty
 *     for the classifier
 * @param span the words in the original message; present exactly when {@link EvidenceSource#hasWords()}
 * @param weight the entry's weight, or the classifier's probability
 * @param effectiveWeight the weight after context marks, or the category's combined score
 * @param marks the context marks that changed it
 * @param tags the lexicon entry's tags
 * @param origin where the entry is defined: the lexicon file and line ({@code categories/self_harm.txt:12}), the
 *     kind of contact detail ({@code privacy:PHONE}) or the classifier's version
 * @param review what a deeper tier found about it, e.g. {@code deep: negated ('never' advmod of 'said')};
 *     empty when no deeper tier looked at it
 */
public record Evidence(EvidenceSource source, Category category, Category lexiconCategory, String entry,
                       Optional<Span> span, double weight, double effectiveWeight, List<ContextMark> marks,
                       Set<Tag> tags, String origin, String review) {

    /** Checks that the span is there exactly when the source has words, and copies the lists. */
    public Evidence {
        requireNonNull(source, "source");
        requireNonNull(category, "category");
        requireNonNull(lexiconCategory, "lexiconCategory");
        requireNonNull(entry, "entry");
        requireNonNull(span, "span");
        requireNonNull(origin, "origin");
        requireNonNull(review, "review");
        marks = List.copyOf(marks);
        tags = Set.copyOf(tags);
        if (span.isPresent() != source.hasWords()) {
            throw new IllegalArgumentException(source + " evidence " + (source.hasWords() ? "needs" : "has no")
                    + " span, got " + span);
        }
    }

    /** A lexicon phrase found at {@code span}, not yet reviewed by a deeper tier. */
    public static Evidence lexicon(Category category, Category lexiconCategory, String phrase, Span span,
                                   double weight, double effectiveWeight, List<ContextMark> marks, Set<Tag> tags,
                                   String origin) {
        return new Evidence(EvidenceSource.LEXICON, category, lexiconCategory, phrase, Optional.of(span), weight,
                effectiveWeight, marks, tags, origin, "");
    }

    /** The classifier's share in {@code category}: its probability and the combined score it led to. */
    public static Evidence classifier(Category category, double probability, double combinedScore,
                                      String classifierVersion) {
        return new Evidence(EvidenceSource.CLASSIFIER, category, category, "", Optional.empty(), probability,
                combinedScore, List.of(), Set.of(), classifierVersion, "");
    }

    /** The same evidence with a deeper tier's {@code note} about it. */
    public Evidence withReview(String note) {
        return new Evidence(source, category, lexiconCategory, entry, span, weight, effectiveWeight, marks, tags,
                origin, note);
    }

    /** True when a deeper tier looked at it. */
    public boolean reviewed() {
        return !review.isEmpty();
    }

    /** The words of {@code message} this evidence points at; empty for a learned tier's evidence. */
    public String words(String message) {
        return span.map(at -> message.substring(at.start(), at.end())).orElse("");
    }
}
