package org.stepin.core.text;

import java.util.List;

/**
 * One stage after tokenisation, like a Lucene {@code TokenFilter}: takes the token list and returns
 * it rewritten. Implementations are immutable and thread-safe and return the input list itself when
 * they change nothing.
 */
@FunctionalInterface
public interface TokenFilter {
    /** Rewrites {@code tokens}. */
    List<Token> apply(List<Token> tokens);
}
