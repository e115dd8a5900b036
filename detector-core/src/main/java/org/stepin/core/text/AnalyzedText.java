package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A message after the analysis chain: the original text and its tokens. Immutable.
 *
 * @param original the raw message
 * @param tokens the tokens, offsets into {@code original}
 * @param truncated true when the message was longer than the analysis caps and its tail was skipped
 */
public record AnalyzedText(String original, List<Token> tokens, boolean truncated) {

    public AnalyzedText {
        requireNonNull(original, "original");
        tokens = List.copyOf(tokens);
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }
}
