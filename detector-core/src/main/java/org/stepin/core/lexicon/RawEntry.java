package org.stepin.core.lexicon;

import java.util.Set;

/**
 * A category or cue entry as parsed from its line, before analysis.
 *
 * @param list the list it belongs to
 * @param phrase the phrase as written
 * @param weight its weight (0 for cues)
 * @param tags its tags
 * @param source the line it came from
 */
record RawEntry(EntryList list, String phrase, double weight, Set<Tag> tags, LexiconLine source) {
    /** The file it came from. */
    String file() {
        return source.file();
    }

    /** Its line number. */
    int line() {
        return source.number();
    }

    /** The exception for {@code problem} with this entry. */
    LexiconFormatException error(String problem) {
        return source.error(problem);
    }
}
