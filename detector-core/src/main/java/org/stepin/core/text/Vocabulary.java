package org.stepin.core.text;

import java.util.ArrayList;
import java.util.Set;

/**
 * The words the lexicons use, as lemmas. Token filters consult it so that they only rewrite a token
 * into something a lexicon can match ({@code cutting -> cut} when {@code cut} is a lexicon word).
 * Immutable and thread-safe.
 */
public final class Vocabulary {
    private static final Vocabulary EMPTY = of(Set.of());

    /** Numbered only to be found fast: the filters ask for almost every token of every message. */
    private final WordIds words;

    private Vocabulary(WordIds words) {
        this.words = words;
    }

    /** A vocabulary of these words. */
    public static Vocabulary of(Set<String> words) {
        return new Vocabulary(WordIds.of(new ArrayList<>(Set.copyOf(words))));
    }

    /** The vocabulary with no words: filters that need one leave tokens as they are. */
    public static Vocabulary empty() {
        return EMPTY;
    }

    /** True when {@code word} occurs in some lexicon phrase. */
    public boolean contains(String word) {
        return words.id(word) != WordIds.ABSENT;
    }

    /**
     * The vocabulary's word made of the first {@code length} chars of {@code form} followed by {@code suffix}
     * ({@link WordIds#NO_SUFFIX} for none), or null: a suffix stripper's look-up without building the word.
     */
    String find(String form, int length, int suffix) {
        int id = words.id(form, length, suffix);
        return id == WordIds.ABSENT ? null : words.word(id);
    }

    /** Number of words. */
    public int size() {
        return words.size();
    }
}
