package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.stepin.core.lexicon.CueKind;

/**
 * Reads whether a negation governs a risk phrase. A negation word is a word the fast tier marked as a negation
 * cue ({@code context/negation.txt}), so both tiers mean the same words. It counts when it hangs ({@code advmod},
 * {@code neg}, or {@code det} on a noun) on the phrase's top word, on the word a noun phrase belongs to ("not
 * thinking about [suicide]", "[no] [sh] for 4 months"), on a verb above it through {@code xcomp} ("i do not
 * [want to die]"), or on a verb of saying whose {@code ccomp} it is ("i never said i [wanted to die]"); so
 * does a negative subject ("nobody", or a noun with a negation word as its determiner: "no one"), also as the
 * noun a reduced clause hangs on ("no one [bullying me]"). Not through other clauses ("i do not know why i
 * [want to die]"), not through verbs of thinking, and not onto a cause ("because of the [bullying]"). A
 * negated verb of going on is a double negation ("i can not stop [cutting]") and a negated ability leaves the
 * wish standing ("i will never be able to [end myself]"): not negated. Negation words inside the phrase
 * belong to it ("no one would miss me"). Immutable and thread-safe.
 */
final class NegationReader {
    private final GrammarWords words;

    NegationReader(GrammarWords words) {
        this.words = requireNonNull(words, "words");
    }

    /** The negation reading of {@code phrase}, climbing from its {@code top} word; {@code predicate} names it. */
    NegationReading read(ParsedPhrase phrase, int top, int predicate) {
        DependencyGraph graph = phrase.graph();
        int node = top;
        for (int step = 0; step < Grammar.MAX_STEPS; step++) {
            Optional<NegationReading> found = on(phrase, node);
            if (found.isPresent()) {
                return found.get();
            }
            int head = graph.head(node);
            String relation = graph.relation(node);
            if (head < 0) {
                break;
            }
            if ((relation.equals("acl") || relation.equals("dep")) && Grammar.nominal(graph, head)
                    && negativeNominal(phrase, head) && !phrase.inside(head)) {
                return new NegationReading.NegativeHead(negativeWords(phrase, head), relation, graph.word(node));
            }
            if (Grammar.nominal(graph, node) && Grammar.NOMINAL_RELATIONS.contains(relation)) {
                int cause = Grammar.marker(graph, node, child -> words.cause(graph.word(child)));
                if (cause >= 0) {
                    return new NegationReading.Cause(graph.word(node), graph.word(cause));
                }
            } else if (!Grammar.complement(graph, node)
                    && !(relation.equals("ccomp") && words.saying(graph.word(head)))) {
                break;
            }
            node = head;
        }
        return new NegationReading.Ungoverned(graph.word(predicate));
    }

    /** The negation on {@code node} itself: a negating modifier, or a negative subject. */
    private Optional<NegationReading> on(ParsedPhrase phrase, int node) {
        DependencyGraph graph = phrase.graph();
        for (int child : graph.children(node)) {
            if (phrase.inside(child)) {
                continue;
            }
            String relation = graph.relation(child);
            if (phrase.cue(CueKind.NEGATION, child) && Grammar.NEGATION_RELATIONS.contains(relation)
                    && !(relation.equals("det") && !Grammar.nominal(graph, node))) {
                return Optional.of(negator(phrase, graph.word(child), node, relation));
            }
            if (Grammar.SUBJECT_RELATIONS.contains(relation) && negativeNominal(phrase, child)) {
                return Optional.of(new NegationReading.Negator(negativeWords(phrase, child), relation,
                        graph.word(node)));
            }
        }
        return Optional.empty();
    }

    /** What the negation word {@code negator} on {@code node} means: a double negation, a negated ability or not. */
    private NegationReading negator(ParsedPhrase phrase, String negator, int node, String relation) {
        String word = phrase.word(node);
        if (words.continuing(word)) {
            return new NegationReading.DoubleNegation(negator, word);
        }
        if (words.ability(word) && !phrase.inside(node)) {
            return new NegationReading.NegatedAbility(negator, word);
        }
        return new NegationReading.Negator(negator, relation, word);
    }

    /** True for a negative pronoun ("nobody") or a noun whose determiner is a negation word ("no one"). */
    private boolean negativeNominal(ParsedPhrase phrase, int node) {
        return words.negativeSubject(phrase.word(node)) || negativeDeterminer(phrase, node) >= 0;
    }

    private static int negativeDeterminer(ParsedPhrase phrase, int node) {
        return Grammar.marker(phrase.graph(), node, child -> phrase.cue(CueKind.NEGATION, child));
    }

    /** The words of a negative nominal: "nobody", or its determiner and itself ("no one"). */
    private String negativeWords(ParsedPhrase phrase, int node) {
        String word = phrase.word(node);
        return words.negativeSubject(word) ? word : phrase.word(negativeDeterminer(phrase, node)) + " " + word;
    }
}
