package org.stepin.core.context;

import java.util.List;
import java.util.Set;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Whose state a match describes, read from the nearest subject cue before it in its sentence: the
 * young person ({@code FIRST_PERSON}), someone else ({@code THIRD_PERSON}), the reader
 * ({@code SECOND_PERSON} or a {@code DIRECTIVE} aimed at them) or people in general ({@code GENERIC}).
 * A match that holds a first-person word ("kill myself", "better off without me", "this is my last
 * message") or follows the possessive "my" ("told anyone about my self harm") is always the young
 * person's own. A directive counts only when no first- or third-person subject comes before it in its
 * clause ("i need to get help for the suicidal thoughts" is own voice). Stateless.
 */
final class Subject {
    private static final List<CueKind> SUBJECTS = List.of(CueKind.FIRST_PERSON, CueKind.THIRD_PERSON,
            CueKind.SECOND_PERSON, CueKind.DIRECTIVE, CueKind.GENERIC);

    /** Possessives that make the noun phrase after them the young person's own. */
    private static final Set<String> OWN_POSSESSIVES = Set.of("my", "mine");
    /** How many words a general-question cue may sit before the subject it frames. */
    private static final int QUESTION_REACH = 2;

    private Subject() {
    }

    /** The kind of the nearest subject cue before {@code match} in its sentence, or null when there is none. */
    static CueKind nearest(MessageContext context, PhraseMatch match) {
        if (holdsFirstPerson(context, match)) {
            return CueKind.FIRST_PERSON;
        }
        PhraseMatch nearest = null;
        CueKind kind = null;
        for (CueKind candidate : SUBJECTS) {
            PhraseMatch cue = CueSearch.before(context, candidate, match, Integer.MAX_VALUE, Scope.SENTENCE);
            if (cue != null && candidate == CueKind.DIRECTIVE && subjectBefore(context, cue)) {
                continue;
            }
            if (cue != null && (nearest == null || cue.lastToken() > nearest.lastToken()
                    || cue.lastToken() == nearest.lastToken() && cue.firstToken() < nearest.firstToken())) {
                nearest = cue;
                kind = candidate;
            }
        }
        if (nearest != null && kind != CueKind.FIRST_PERSON && inQuestion(context, nearest)) {
            return null;
        }
        return kind;
    }

    /** True when the match holds a first-person word or follows the possessive "my": the young person's own. */
    static boolean holdsFirstPerson(MessageContext context, PhraseMatch match) {
        int first = match.firstToken();
        if (first > 0 && OWN_POSSESSIVES.contains(context.text().token(first - 1).lemma())) {
            return true;
        }
        for (int i = first; i <= match.lastToken(); i++) {
            if (match.matchedToken(i) && OWN_POSSESSIVES.contains(context.text().token(i).lemma())) {
                return true;
            }
        }
        for (PhraseMatch cue : context.cues(CueKind.FIRST_PERSON)) {
            if (MessageContext.sharesWords(cue, match)) {
                return true;
            }
        }
        return false;
    }

    /** True when a first- or third-person subject comes before {@code directive} in its clause. */
    private static boolean subjectBefore(MessageContext context, PhraseMatch directive) {
        for (CueKind kind : List.of(CueKind.FIRST_PERSON, CueKind.THIRD_PERSON)) {
            PhraseMatch cue = CueSearch.before(context, kind, directive, Integer.MAX_VALUE, Scope.CLAUSE);
            if (cue != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code subject} is part of a general question: inside a hypothetical cue ("do you ever") or
     * right after one ("what happens if you ..."). Teenagers ask those about themselves.
     */
    private static boolean inQuestion(MessageContext context, PhraseMatch subject) {
        for (PhraseMatch cue : context.cues(CueKind.HYPOTHETICAL)) {
            if (cue.covers(subject)) {
                return true;
            }
        }
        return CueSearch.before(context, CueKind.HYPOTHETICAL, subject, QUESTION_REACH, Scope.CLAUSE) != null;
    }
}
