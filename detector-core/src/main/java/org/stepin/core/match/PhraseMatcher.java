package org.stepin.core.match;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stepin.core.lexicon.LexiconEntry;
import org.stepin.core.lexicon.Placeholder;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;
import org.stepin.core.text.WordIds;

/**
 * Finds every lexicon entry in an analysed message with a token trie over lemmas. From each word it
 * follows the trie, letting up to {@code maxGap} other words sit between two consecutive phrase
 * words (each entry has its own allowance). A pause such as a comma may sit between two consecutive
 * phrase words but not beside a skipped word ("fuck it, you know" is not "fuck you"); sentence ends stop
 * the walk. Every lemma of the lexicon has a number, so a message's words are looked up once each and the
 * walk compares numbers. A phrase word {@link Placeholder#MANY} matches a count of ten or more ("took 20
 * paracetamol"). Built once, then immutable and thread-safe.
 */
public final class PhraseMatcher {
    private static final int NOT_A_LEXICON_LEMMA = WordIds.ABSENT;
    private static final int MAX_PHRASE_WORDS = 64;

    /** Every lemma of every entry, numbered. */
    private final WordIds lemmaIds;
    /** The trie below each first lemma, by lemma number; null where no entry starts with that lemma. */
    private final Node[] firstWords;
    private final int maxGap;
    /** The trie below a first word that is a count ({@link Placeholder#MANY}); null when no entry starts so. */
    private final Node firstCount;

    /** Builds the token trie of {@code entries} once; matching never builds again. */
    public PhraseMatcher(List<LexiconEntry> entries) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> lemmas = new ArrayList<>();
        NodeBuilder top = new NodeBuilder();
        int widest = 0;
        for (LexiconEntry entry : requireNonNull(entries, "entries")) {
            NodeBuilder node = top;
            for (String lemma : entry.lemmas()) {
                Integer id = ids.get(lemma);
                if (id == null) {
                    id = lemmas.size();
                    ids.put(lemma, id);
                    lemmas.add(lemma);
                }
                node = node.children.computeIfAbsent(id, key -> new NodeBuilder());
            }
            node.entries.add(entry);
            widest = Math.max(widest, entry.maxGap());
        }
        int many = ids.getOrDefault(Placeholder.MANY, NOT_A_LEXICON_LEMMA);
        Node[] first = new Node[ids.size()];
        top.children.forEach((id, child) -> first[id] = child.build(many));
        this.lemmaIds = WordIds.of(lemmas);
        this.firstWords = first;
        this.maxGap = widest;
        this.firstCount = many == NOT_A_LEXICON_LEMMA ? null : first[many];
    }

    /** Every occurrence of every entry, ordered by first token, then by entry file order. */
    public List<PhraseMatch> match(AnalyzedText text) {
        int[] words = new int[text.size()];
        int[] lemmas = new int[text.size()];
        int[] sentence = new int[text.size()];
        int[] clause = new int[text.size()];
        int count = 0;
        int sentenceId = 0;
        int clauseId = 0;
        for (int i = 0; i < text.size(); i++) {
            Token token = text.token(i);
            TokenKind kind = token.kind();
            if (kind == TokenKind.BREAK) {
                sentenceId++;
                clauseId++;
            } else if (kind == TokenKind.PAUSE) {
                clauseId++;
            } else if (kind.isWordLike()) {
                words[count] = i;
                lemmas[count] = lemmaIds.id(token.lemma());
                sentence[count] = sentenceId;
                clause[count] = clauseId;
                count++;
            }
        }
        List<PhraseMatch> matches = new ArrayList<>();
        Walk walk = new Walk(text, words, lemmas, sentence, clause, count, matches);
        for (int p = 0; p < count; p++) {
            Node node = lemmas[p] == NOT_A_LEXICON_LEMMA ? null : firstWords[lemmas[p]];
            if (node != null) {
                walk.path[0] = p;
                walk.from(node, p, 1, 0);
            }
            if (firstCount != null && walk.isMany(p)) {
                walk.path[0] = p;
                walk.from(firstCount, p, 1, 0);
            }
        }
        return matches;
    }

    /** One message's walk through the trie: its words by lemma number and the matches found so far. */
    private final class Walk {
        private final AnalyzedText text;
        private final int[] words;
        private final int[] lemmas;
        private final int[] sentence;
        private final int[] clause;
        private final int count;
        private final List<PhraseMatch> out;
        /** The words of the phrase so far; a phrase has at most one word per message word, and at most 64. */
        private final int[] path;

        Walk(AnalyzedText text, int[] words, int[] lemmas, int[] sentence, int[] clause, int count,
             List<PhraseMatch> out) {
            this.text = text;
            this.words = words;
            this.lemmas = lemmas;
            this.sentence = sentence;
            this.clause = clause;
            this.count = count;
            this.out = out;
            this.path = new int[Math.min(MAX_PHRASE_WORDS, count)];
        }

        void from(Node node, int position, int depth, int gapUsed) {
            for (LexiconEntry entry : node.entries) {
                if (gapUsed <= entry.maxGap()) {
                    out.add(toMatch(depth, entry));
                }
            }
            if (node.isLeaf() || depth >= path.length) {
                return;
            }
            for (int next = position + 1; next <= position + 1 + maxGap && next < count; next++) {
                boolean skipsWords = next > position + 1;
                if (sentence[next] != sentence[position] || skipsWords && clause[next] != clause[position]) {
                    return;
                }
                Node child = lemmas[next] == NOT_A_LEXICON_LEMMA ? null : node.child(lemmas[next]);
                if (child != null) {
                    path[depth] = next;
                    from(child, next, depth + 1, Math.max(gapUsed, next - position - 1));
                }
                if (node.countChild != null && isMany(next)) {
                    path[depth] = next;
                    from(node.countChild, next, depth + 1, Math.max(gapUsed, next - position - 1));
                }
            }
        }

        /** True when the word at {@code position} is a count {@link Placeholder#MANY} stands for. */
        boolean isMany(int position) {
            return Placeholder.isMany(text.token(words[position]).lemma());
        }

        private PhraseMatch toMatch(int depth, LexiconEntry entry) {
            int[] tokenIndexes = new int[depth];
            for (int k = 0; k < depth; k++) {
                tokenIndexes[k] = words[path[k]];
            }
            Token first = text.token(tokenIndexes[0]);
            Token last = text.token(tokenIndexes[depth - 1]);
            return PhraseMatch.owning(entry, tokenIndexes, first.start(), Math.max(first.end(), last.end()));
        }
    }

    /**
     * A trie node: children by lemma number (sorted), entries ending here, and the child for a count
     * ({@link Placeholder#MANY}, also among the children), or null. Immutable.
     */
    private static final class Node {
        private final int[] childLemmas;
        private final Node[] children;
        private final LexiconEntry[] entries;
        private final Node countChild;

        Node(int[] childLemmas, Node[] children, LexiconEntry[] entries, Node countChild) {
            this.childLemmas = childLemmas;
            this.children = children;
            this.entries = entries;
            this.countChild = countChild;
        }

        boolean isLeaf() {
            return children.length == 0;
        }

        /** The child for lemma number {@code lemma}, or null. */
        Node child(int lemma) {
            int low = 0;
            int high = childLemmas.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int key = childLemmas[mid];
                if (key < lemma) {
                    low = mid + 1;
                } else if (key > lemma) {
                    high = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }
    }

    /** A trie node while the matcher is being built. */
    private static final class NodeBuilder {
        private final TreeMap<Integer, NodeBuilder> children = new TreeMap<>();
        private final List<LexiconEntry> entries = new ArrayList<>(1);

        /** The node, with {@code manyId} (or {@link #NOT_A_LEXICON_LEMMA}) as the number of the count placeholder. */
        Node build(int manyId) {
            int[] keys = new int[children.size()];
            Node[] nodes = new Node[children.size()];
            Node countChild = null;
            int i = 0;
            for (Map.Entry<Integer, NodeBuilder> child : children.entrySet()) {
                keys[i] = child.getKey();
                nodes[i] = child.getValue().build(manyId);
                if (keys[i] == manyId) {
                    countChild = nodes[i];
                }
                i++;
            }
            return new Node(keys, nodes, entries.toArray(new LexiconEntry[0]), countChild);
        }
    }
}
