package org.stepin.core.text;

import java.util.List;

/**
 * One stage after tokenisation, like a Lucene {@code TokenFilter}: rewrites the chain's token list in place
 * (the list is the analyzer's own, made for one message, so no stage copies it). Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface TokenFilter {
    /** Rewrites {@code tokens}, a mutable list, in place. */
    void apply(List<Token> tokens);
}
