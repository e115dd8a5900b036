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
     * The vocabulary's own string for chars {@code start} to {@code end} (exclusive) of {@code text} followed by
     * {@code suffix} ({@link WordIds#NO_SUFFIX} for none), or null when that is not a word: a look-up without
     * building the word.
     */
    String find(CharSequence text, int start, int end, int suffix) {
        int id = words.id(text, start, end, suffix);
        return id == WordIds.ABSENT ? null : words.word(id);
    }

    /** Number of words. */
    public int size() {
        return words.size();
    }
}
