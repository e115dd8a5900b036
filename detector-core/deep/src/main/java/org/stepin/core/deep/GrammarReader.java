package org.stepin.core.deep;

import java.util.List;
import java.util.Optional;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.match.PhraseMatch;

/**
 * Reads negation scope ({@link NegationReader}), grammatical subject ({@link SubjectReader}) and a conditional
 * for one risk phrase from a dependency parse, in Universal Dependencies terms. The phrase's predicate is its
 * highest word in the parse, climbing from a noun to the verb or adjective that takes it ("thinking about
 * [suicide]"). The predicate is <b>conditional</b> when it or a verb above it through {@code xcomp} has a
 * {@code mark} from the lexicon's {@code context/conditional.txt} ("if"). The English words the rules need come
 * from the lexicon's word lists ({@link org.stepin.core.lexicon.WordList}) and cue matches. Immutable and
 * thread-safe.
 */
public final class GrammarReader {
    private final GrammarWords words;
    private final NegationReader negation;
    private final SubjectReader subject;

    /** A reader with the word lists of {@code lexicon}. */
    public GrammarReader(Lexicon lexicon) {
        this.words = new GrammarWords(lexicon);
        this.negation = new NegationReader(words);
        this.subject = new SubjectReader(words);
    }

    /**
     * What {@code graph} says about {@code match}; empty when none of its words was parsed.
     *
     * @param graph the parse of the message (at least of the match's sentence)
     * @param match the risk phrase
     * @param cues the message's cue matches; negation cues are negation words, subject cues name persons
     */
    public Optional<Reading> read(DependencyGraph graph, PhraseMatch match, List<PhraseMatch> cues) {
        ParsedPhrase phrase = new ParsedPhrase(graph, match, cues);
        int top = top(phrase);
        if (top < 0) {
            return Optional.empty();
        }
        int predicate = predicate(graph, top);
        return Optional.of(new Reading(negation.read(phrase, top, predicate), subject.read(phrase, predicate),
                conditionalMark(graph, predicate)));
    }

    /** The matched word highest in the parse, or -1 when none was parsed. */
    private static int top(ParsedPhrase phrase) {
        DependencyGraph graph = phrase.graph();
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        for (int i = phrase.match().firstToken(); i <= phrase.match().lastToken(); i++) {
            if (phrase.inside(i) && graph.parsed(i)) {
                int depth = depth(graph, i);
                if (depth < bestDepth) {
                    best = i;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    private static int depth(DependencyGraph graph, int i) {
        int depth = 0;
        for (int node = i; graph.head(node) != DependencyGraph.ROOT && depth < graph.size(); node = graph.head(node)) {
            depth++;
        }
        return depth;
    }

    /** From a noun or pronoun to the verb or adjective that takes it ("thinking about [suicide]"). */
    private static int predicate(DependencyGraph graph, int top) {
        int node = top;
        for (int step = 0; step < Grammar.MAX_STEPS && Grammar.nominal(graph, node)
                && Grammar.NOMINAL_RELATIONS.contains(graph.relation(node)) && graph.head(node) >= 0; step++) {
            node = graph.head(node);
        }
        return node;
    }

    /** The conditional subordinator on the predicate or a verb above it through {@code xcomp}, or "". */
    private String conditionalMark(DependencyGraph graph, int predicate) {
        int node = predicate;
        for (int step = 0; step < Grammar.MAX_STEPS; step++) {
            for (int child : graph.children(node)) {
                if (graph.relation(child).equals("mark") && words.conditional(graph.word(child))) {
                    return graph.word(child);
                }
            }
            if (graph.head(node) < 0 || !Grammar.complement(graph, node)) {
                return "";
            }
            node = graph.head(node);
        }
        return "";
    }
}
