package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

/**
 * One token of a message: its normalised form, its lemma, and the span {@code [start, end)} it came
 * from in the original text. Immutable.
 *
 * @param form the normalised surface form (after slang expansion)
 * @param lemma the base form used for matching
 * @param start start offset (UTF-16 index) into the original text
 * @param end end offset (exclusive) into the original text
 * @param kind what the token is
 * @param elongated true when the normaliser squeezed a run of three or more repeated letters in it
 */
public record Token(String form, String lemma, int start, int end, TokenKind kind, boolean elongated) {

    public Token {
        requireNonNull(form, "form");
        requireNonNull(lemma, "lemma");
        requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** A token whose lemma is its form. */
    public static Token of(String form, int start, int end, TokenKind kind, boolean elongated) {
        return new Token(form, form, start, end, kind, elongated);
    }

    /** This token with another form, and the lemma reset to it. */
    public Token withForm(String newForm) {
        return new Token(newForm, newForm, start, end, kind, elongated);
    }

    public Token withLemma(String newLemma) {
        return new Token(form, newLemma, start, end, kind, elongated);
    }
}
