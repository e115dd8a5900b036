package org.stepin.core.lexicon;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * One phrase of a lexicon list, as the analyst wrote it and as the matcher sees it. Immutable.
 *
 * @param list the list (category or cue kind) it belongs to
 * @param phrase the phrase as written in the file
 * @param lemmas the phrase after the analysis chain; what the matcher looks for
 * @param weight strength of the signal, 0.05..1.00 (0 for cues)
 * @param tags the entry's tags
 * @param maxGap words allowed between two consecutive lemmas
 * @param file the file it came from
 * @param line its line number in that file
 */
public record LexiconEntry(EntryList list, String phrase, List<String> lemmas, double weight, Set<Tag> tags,
                           int maxGap, String file, int line) {

    public LexiconEntry {
        requireNonNull(list, "list");
        requireNonNull(phrase, "phrase");
        requireNonNull(file, "file");
        lemmas = List.copyOf(lemmas);
        tags = Set.copyOf(tags);
        if (lemmas.isEmpty()) {
            throw new IllegalArgumentException("entry has no words: '" + phrase + "'");
        }
        if (maxGap < 0) {
            throw new IllegalArgumentException("negative gap: " + maxGap);
        }
    }

    /** True when the entry carries {@code tag}. */
    public boolean has(Tag tag) {
        return tags.contains(tag);
    }
}
