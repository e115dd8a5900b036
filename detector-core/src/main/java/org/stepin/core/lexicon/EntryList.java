package org.stepin.core.lexicon;

/**
 * A list of lexicon phrases: either a risk {@link Category} (weighted entries) or a context
 * {@link CueKind} (unweighted cues). Each list lives in one file.
 */
public sealed interface EntryList permits Category, CueKind {
    /** The file that holds the list, relative to the lexicon root. */
    String path();

    /** Name used in output and files. */
    String id();

    /** Words that may sit between two consecutive words of an entry unless the entry says otherwise. */
    int defaultGap();

    /** True when entries carry a weight. */
    boolean weighted();
}
