package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.EvidenceSource;
import org.stepin.core.context.ContextMark;
import org.stepin.core.lexicon.Category;

/**
 * The exact words behind an alert, as a span of its (masked) snippet. Immutable.
 *
 * @param category the category the words count for
 * @param source what found the words: a lexicon phrase, or a personal contact detail
 * @param entry the lexicon phrase as the analysts wrote it, or the kind of contact detail
 * @param words the words as they appear in the snippet
 * @param start start offset into the snippet
 * @param end end offset (exclusive) into the snippet
 * @param weight the weight after context marks
 * @param marks the context marks that changed it
 */
public record AlertEvidence(Category category, EvidenceSource source, String entry, String words, int start,
                            int end, double weight, List<ContextMark> marks) {

    public AlertEvidence {
        requireNonNull(category, "category");
        requireNonNull(source, "source");
        requireNonNull(entry, "entry");
        requireNonNull(words, "words");
        marks = List.copyOf(marks);
    }
}
