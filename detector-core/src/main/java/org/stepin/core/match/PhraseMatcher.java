package org.stepin.core.match;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepin.core.lexicon.LexiconEntry;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;

/**
 * Finds every lexicon entry in an analysed message with a token trie over lemmas. From each word it
 * follows the trie, letting up to {@code maxGap} other words sit between two consecutive phrase
 * words (each entry has its own allowance). A pause such as a comma may sit between two consecutive
 * phrase words but not beside a skipped word ("fuck it, you know" is not "fuck you"); sentence ends stop
 * the walk. Built once, then immutable and thread-safe.
 */
public final class PhraseMatcher {
    private final Node root;
    private final int maxGap;

    /** A matcher for these entries. */
    public PhraseMatcher(List<LexiconEntry> entries) {
        Node top = new Node();
        int widest = 0;
        for (LexiconEntry entry : requireNonNull(entries, "entries")) {
            Node node = top;
            for (String lemma : entry.lemmas()) {
                node = node.children.computeIfAbsent(lemma, key -> new Node());
            }
            node.entries.add(entry);
            widest = Math.max(widest, entry.maxGap());
        }
        top.freeze();
        this.root = top;
        this.maxGap = widest;
    }

    /** Every occurrence of every entry, ordered by first token, then by entry file order. */
    public List<PhraseMatch> match(AnalyzedText text) {
        int[] words = new int[text.size()];
        int[] sentence = new int[text.size()];
        int[] clause = new int[text.size()];
        int count = 0;
        int sentenceId = 0;
        int clauseId = 0;
        for (int i = 0; i < text.size(); i++) {
            TokenKind kind = text.token(i).kind();
            if (kind == TokenKind.BREAK) {
                sentenceId++;
                clauseId++;
            } else if (kind == TokenKind.PAUSE) {
                clauseId++;
            } else if (kind.isWordLike()) {
                words[count] = i;
                sentence[count] = sentenceId;
                clause[count] = clauseId;
                count++;
            }
        }
        Positions positions = new Positions(words, sentence, clause, count);
        List<PhraseMatch> matches = new ArrayList<>();
        int[] path = new int[64];
        for (int p = 0; p < count; p++) {
            Node node = root.children.get(text.token(words[p]).lemma());
            if (node != null) {
                path[0] = p;
                walk(text, positions, node, p, 1, 0, path, matches);
            }
        }
        return matches;
    }

    private void walk(AnalyzedText text, Positions at, Node node, int position, int depth, int gapUsed, int[] path,
                      List<PhraseMatch> out) {
        for (LexiconEntry entry : node.entries) {
            if (gapUsed <= entry.maxGap()) {
                out.add(toMatch(text, at.words, path, depth, entry));
            }
        }
        if (node.children.isEmpty() || depth >= path.length) {
            return;
        }
        for (int next = position + 1; next <= position + 1 + maxGap && next < at.count; next++) {
            boolean skipsWords = next > position + 1;
            if (at.sentence[next] != at.sentence[position] || skipsWords && at.clause[next] != at.clause[position]) {
                return;
            }
            Node child = node.children.get(text.token(at.words[next]).lemma());
            if (child != null) {
                path[depth] = next;
                walk(text, at, child, next, depth + 1, Math.max(gapUsed, next - position - 1), path, out);
            }
        }
    }

    /** The message's word positions: token index, sentence and clause of each word. */
    private record Positions(int[] words, int[] sentence, int[] clause, int count) {
    }

    private static PhraseMatch toMatch(AnalyzedText text, int[] words, int[] path, int depth, LexiconEntry entry) {
        int[] tokenIndexes = new int[depth];
        for (int k = 0; k < depth; k++) {
            tokenIndexes[k] = words[path[k]];
        }
        Token first = text.token(tokenIndexes[0]);
        Token last = text.token(tokenIndexes[depth - 1]);
        return new PhraseMatch(entry, tokenIndexes, first.start(), Math.max(first.end(), last.end()));
    }

    /** A trie node: children by lemma, entries ending here. */
    private static final class Node {
        private Map<String, Node> children = new HashMap<>();
        private List<LexiconEntry> entries = new ArrayList<>(1);

        void freeze() {
            for (Node child : children.values()) {
                child.freeze();
            }
            children = children.isEmpty() ? Map.of() : Map.copyOf(children);
            entries = List.copyOf(entries);
        }
    }
}
