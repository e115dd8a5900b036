package org.stepin.core.match;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.stepin.core.lexicon.LexiconEntry;

/**
 * One occurrence of a lexicon entry in a message: which tokens matched, and the span of the
 * original text from the first to the last of them. Immutable.
 */
public final class PhraseMatch {
    private final LexiconEntry entry;
    private final int[] tokenIndexes;
    private final int start;
    private final int end;

    private PhraseMatch(LexiconEntry entry, int[] tokenIndexes, int start, int end) {
        this.entry = requireNonNull(entry, "entry");
        if (tokenIndexes.length == 0) {
            throw new IllegalArgumentException("a match needs at least one token");
        }
        this.tokenIndexes = tokenIndexes;
        this.start = start;
        this.end = end;
    }

    /** A match that keeps {@code tokenIndexes} itself: the caller hands over a new array and never touches it. */
    static PhraseMatch owning(LexiconEntry entry, int[] tokenIndexes, int start, int end) {
        return new PhraseMatch(entry, tokenIndexes, start, end);
    }

    /** The lexicon entry that matched. */
    public LexiconEntry entry() {
        return entry;
    }

    /** Index of the first matched token. */
    public int firstToken() {
        return tokenIndexes[0];
    }

    /** Index of the last matched token. */
    public int lastToken() {
        return tokenIndexes[tokenIndexes.length - 1];
    }

    /** True when token {@code index} is one of the matched words (not a gap word). */
    public boolean matchedToken(int index) {
        return Arrays.binarySearch(tokenIndexes, index) >= 0;
    }

    /** True when this match's token range and {@code other}'s share a token. */
    public boolean overlaps(PhraseMatch other) {
        return firstToken() <= other.lastToken() && other.firstToken() <= lastToken();
    }

    /** True when this match's token range contains {@code other}'s. */
    public boolean covers(PhraseMatch other) {
        return firstToken() <= other.firstToken() && other.lastToken() <= lastToken();
    }

    /** Start offset into the original text. */
    public int start() {
        return start;
    }

    /** End offset (exclusive) into the original text. */
    public int end() {
        return end;
    }

    @Override
    public String toString() {
        return entry.list().id() + ":'" + entry.phrase() + "'@" + start + "-" + end;
    }
}
