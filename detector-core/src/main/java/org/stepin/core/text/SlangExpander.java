package org.stepin.core.text;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands slang, abbreviations and contractions from the slang lexicon ({@code kms -> kill myself},
 * {@code don't -> do not}, {@code rn -> right now}). Every expansion word keeps the span of the token
 * it replaced, so evidence still highlights what the young person typed. Expansions are not expanded
 * again. Immutable and thread-safe.
 */
public final class SlangExpander implements TokenFilter {
    private final WordMap<List<String>> expansions;

    /** An expander with these single-token slang forms and their expansions. */
    public SlangExpander(Map<String, List<String>> expansions) {
        Map<String, List<String>> copy = new HashMap<>();
        requireNonNull(expansions, "expansions").forEach((slang, words) -> {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty expansion for '" + slang + "'");
            }
            copy.put(slang, List.copyOf(words));
        });
        this.expansions = WordMap.of(copy);
    }

    @Override
    public void apply(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<String> words = token.kind() == TokenKind.WORD ? expansions.get(token.form()) : null;
            if (words == null) {
                continue;
            }
            tokens.set(i, expansion(words.get(0), token));
            for (int k = 1; k < words.size(); k++) {
                tokens.add(++i, expansion(words.get(k), token));
            }
        }
    }

    private static Token expansion(String word, Token replaced) {
        return new Token(word, word, replaced.start(), replaced.end(), TokenKind.WORD, false);
    }

    /** Number of slang forms. */
    public int size() {
        return expansions.size();
    }
}
