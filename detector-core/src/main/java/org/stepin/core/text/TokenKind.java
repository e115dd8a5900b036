package org.stepin.core.text;

/** What a token is; phrases match {@link #WORD} and {@link #EMOJI} tokens only. */
public enum TokenKind {
    /** Letters, digits and inner apostrophes. */
    WORD,
    /** An emoji, as the token {@code emoji_<name>} from the emoji table. */
    EMOJI,
    /** Sentence end: {@code . ! ? ;} or a line break. A phrase never crosses it. */
    BREAK,
    /** A pause inside a sentence: {@code , : ...} or a dash. Phrases skip it; clauses end at it. */
    PAUSE;

    /** True for tokens that carry words (and so can be part of a phrase). */
    public boolean isWordLike() {
        return this == WORD || this == EMOJI;
    }
}
