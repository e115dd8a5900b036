package org.stepin.core.context;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;
import org.stepin.core.text.AnalyzedText;
import org.stepin.core.text.Token;
import org.stepin.core.text.TokenKind;

/**
 * One message as the context stages see it: its tokens, where its sentences and clauses begin and
 * end, and where each kind of cue occurs. Built once per message, then read by every stage.
 * Clauses end at sentence ends, pauses and the conjunctions in {@link #CLAUSE_WORDS}. Immutable.
 */
public final class MessageContext {
    /** Words that start a new clause: negation and subject scope stop here. */
    public static final Set<String> CLAUSE_WORDS = Collections.unmodifiableSet(new HashSet<>(List.of("but", "and",
            "so", "because", "though", "although", "or", "then")));

    private static final int KINDS = CueKind.values().length;

    private final AnalyzedText text;
    private final int[] sentence;
    private final int[] clause;
    private final int[] wordOrdinal;
    /** The cues grouped by kind, in message order within a kind. */
    private final PhraseMatch[] cues;
    /** Where each kind's cues begin in {@link #cues}, by {@link CueKind#ordinal()}; one more for the end. */
    private final int[] cueStarts;

    /** The context of {@code text} with these cue occurrences. */
    public MessageContext(AnalyzedText text, List<PhraseMatch> cueMatches) {
        this.text = requireNonNull(text, "text");
        int n = text.size();
        sentence = new int[n];
        clause = new int[n];
        wordOrdinal = new int[n];
        int sentenceId = 0;
        int clauseId = 0;
        int words = 0;
        for (int i = 0; i < n; i++) {
            Token token = text.token(i);
            if (token.kind() == TokenKind.BREAK) {
                sentenceId++;
                clauseId++;
            } else if (token.kind() == TokenKind.PAUSE || CLAUSE_WORDS.contains(token.lemma())) {
                clauseId++;
            }
            sentence[i] = sentenceId;
            clause[i] = clauseId;
            wordOrdinal[i] = words;
            if (token.kind().isWordLike()) {
                words++;
            }
        }
        cueStarts = new int[KINDS + 1];
        for (int i = 0; i < cueMatches.size(); i++) {
            if (cueMatches.get(i).entry().list() instanceof CueKind kind) {
                cueStarts[kind.ordinal()]++;
            }
        }
        for (int k = 1; k < KINDS; k++) {
            cueStarts[k] += cueStarts[k - 1];
        }
        cueStarts[KINDS] = cueStarts[KINDS - 1];
        cues = new PhraseMatch[cueStarts[KINDS]];
        // backwards, each kind's end count down to its start: message order within a kind
        for (int i = cueMatches.size() - 1; i >= 0; i--) {
            if (cueMatches.get(i).entry().list() instanceof CueKind kind) {
                cues[--cueStarts[kind.ordinal()]] = cueMatches.get(i);
            }
        }
    }

    public AnalyzedText text() {
        return text;
    }

    /** Number of occurrences of one kind of cue. */
    public int cueCount(CueKind kind) {
        return cueStarts[kind.ordinal() + 1] - cueStarts[kind.ordinal()];
    }

    /** Occurrence {@code i} of one kind of cue, in message order ({@code 0 <= i < cueCount(kind)}). */
    public PhraseMatch cue(CueKind kind, int i) {
        return cues[cueStarts[kind.ordinal()] + i];
    }

    /** True when {@code cue} is made (partly) of {@code match}'s own words, so it cannot be its context. */
    public static boolean sharesWords(PhraseMatch cue, PhraseMatch match) {
        for (int i = cue.firstToken(); i <= cue.lastToken(); i++) {
            if (cue.matchedToken(i) && match.matchedToken(i)) {
                return true;
            }
        }
        return false;
    }

    /** True when tokens {@code a} and {@code b} are in the same sentence. */
    public boolean sameSentence(int a, int b) {
        return sentence[a] == sentence[b];
    }

    /** True when tokens {@code a} and {@code b} are in the same clause. */
    public boolean sameClause(int a, int b) {
        return clause[a] == clause[b];
    }

    /** Number of words from token {@code from} to token {@code to} ({@code to} after {@code from}). */
    public int wordsBetween(int from, int to) {
        return Math.abs(wordOrdinal[to] - wordOrdinal[from]);
    }
}
