package org.stepin.core.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The words the lexicons use, as lemmas. Token filters consult it so that they only rewrite a token
 * into something a lexicon can match ({@code cutting -> cut} when {@code cut} is a lexicon word).
 * Immutable and thread-safe.
 */
public final class Vocabulary {
    private static final Vocabulary EMPTY = new Vocabulary(Set.of());

    /**
     * Never modified after construction. A hash set rather than {@code Set.copyOf}: it compares stored hashes
     * before keys, so the many look-ups of words that are not there cost a fraction of the immutable set's
     * probing (this set is read for almost every token of every message).
     */
    private final Set<String> words;

    private Vocabulary(Set<String> words) {
        this.words = words;
    }

    /** A vocabulary of these words. */
    public static Vocabulary of(Set<String> words) {
        return new Vocabulary(new HashSet<>(words));
    }

    /** The vocabulary with no words: filters that need one leave tokens as they are. */
    public static Vocabulary empty() {
        return EMPTY;
    }

    /** True when {@code word} occurs in some lexicon phrase. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** Number of words. */
    public int size() {
        return words.size();
    }
}
