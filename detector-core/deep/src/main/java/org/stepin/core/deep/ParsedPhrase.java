package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * One risk phrase to read: the parse of its message, the phrase's match and the message's cue matches, the
 * marks the fast tier already set on the words. Immutable.
 *
 * @param graph the parse of the message (at least of the phrase's sentence)
 * @param match the risk phrase
 * @param cues the message's cue matches (negation, first-, second- and third-person ...), in message order
 */
record ParsedPhrase(DependencyGraph graph, PhraseMatch match, List<PhraseMatch> cues) {
    ParsedPhrase {
        requireNonNull(graph, "graph");
        requireNonNull(match, "match");
        cues = List.copyOf(cues);
    }

    /** True when token {@code i} is one of the phrase's own words. */
    boolean inside(int i) {
        return match.matchedToken(i);
    }

    /** The parsed word of token {@code i}. */
    String word(int i) {
        return graph.word(i);
    }

    /** True when a cue of {@code kind} spans token {@code i}. */
    boolean cue(CueKind kind, int i) {
        for (PhraseMatch cue : cues) {
            if (cue.entry().list() == kind && cue.firstToken() <= i && i <= cue.lastToken()) {
                return true;
            }
        }
        return false;
    }
}
