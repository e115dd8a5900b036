package org.stepin.core.deep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dependency parse of (part of) one message, indexed by the fast tier's token indexes so it lines up with
 * phrase matches: per token its word as parsed, its part-of-speech tag, its head token and the relation to it
 * (Universal Dependencies names: {@code nsubj}, {@code xcomp}, {@code advmod} ...). Tokens that were not
 * parsed (sentences without a candidate, pauses, emoji) are absent. Immutable.
 */
public final class DependencyGraph {
    /** Head of a sentence's root. */
    public static final int ROOT = -1;
    private static final int ABSENT = -2;

    private final int[] head;
    private final String[] relation;
    private final String[] word;
    private final String[] tag;

    private DependencyGraph(Builder builder) {
        this.head = builder.head.clone();
        this.relation = builder.relation.clone();
        this.word = builder.word.clone();
        this.tag = builder.tag.clone();
    }

    /** A builder for a message of {@code size} fast-tier tokens. */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** Number of fast-tier tokens the graph spans (parsed or not). */
    public int size() {
        return head.length;
    }

    /** True when token {@code i} was parsed and has a head (or is a root). */
    public boolean parsed(int i) {
        return i >= 0 && i < head.length && head[i] != ABSENT;
    }

    /** The head of token {@code i}, {@link #ROOT} for a root. Only for parsed tokens. */
    public int head(int i) {
        return head[i];
    }

    /** The relation of token {@code i} to its head ({@code root} for a root). */
    public String relation(int i) {
        return relation[i];
    }

    /** The word of token {@code i} as parsed, lower case. */
    public String word(int i) {
        return word[i];
    }

    /** The part-of-speech tag of token {@code i} (Penn Treebank). */
    public String tag(int i) {
        return tag[i];
    }

    /** The parsed tokens whose head is {@code i}, in message order. */
    public List<Integer> children(int i) {
        List<Integer> children = new ArrayList<>();
        for (int j = 0; j < head.length; j++) {
            if (head[j] == i && head[j] != ABSENT) {
                children.add(j);
            }
        }
        return children;
    }

    /** The parsed tokens one a line, CoNLL-like: {@code index word tag head relation}. For analysts and tests. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < head.length; i++) {
            if (head[i] != ABSENT) {
                out.append(i).append('\t').append(word[i]).append('\t').append(tag[i]).append('\t').append(head[i])
                        .append('\t').append(relation[i]).append('\n');
            }
        }
        return out.toString();
    }

    /** Builds a graph token by token. Not thread-safe. */
    public static final class Builder {
        private final int[] head;
        private final String[] relation;
        private final String[] word;
        private final String[] tag;

        private Builder(int size) {
            head = new int[size];
            Arrays.fill(head, ABSENT);
            relation = new String[size];
            word = new String[size];
            tag = new String[size];
        }

        /**
         * Token {@code i}: its word, tag, head ({@link #ROOT} for a root) and relation.
         *
         * @throws IllegalArgumentException naming the index when a token or head is outside the message
         */
        public Builder token(int i, String tokenWord, String tokenTag, int tokenHead, String tokenRelation) {
            if (i < 0 || i >= head.length || tokenHead < ROOT || tokenHead >= head.length || tokenHead == i) {
                throw new IllegalArgumentException("bad token " + i + " or head " + tokenHead + " (size "
                        + head.length + ")");
            }
            head[i] = tokenHead;
            word[i] = tokenWord;
            tag[i] = tokenTag;
            relation[i] = tokenRelation;
            return this;
        }

        /** The graph of the tokens set so far. */
        public DependencyGraph build() {
            return new DependencyGraph(this);
        }
    }
}
