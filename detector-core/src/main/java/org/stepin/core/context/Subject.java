package org.stepin.core.context;

import java.util.Set;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Whose state a match describes, worked out once per match ({@link #of}) and handed to every stage. Read
 * from the nearest subject cue before the match in its sentence: the young person ({@link #FIRST_PERSON}),
 * someone else ({@link #THIRD_PERSON}), the reader ({@link #SECOND_PERSON} or a {@link #DIRECTIVE} aimed at
 * them) or people in general ({@link #GENERIC}). A match that holds a first-person word ("kill myself",
 * "better off without me", "this is my last message") or follows the possessive "my" ("told anyone about my
 * self harm") is always the young person's own ({@link #OWN_WORDS}). A directive counts only when no first-
 * or third-person subject comes before it in its clause ("i need to get help for the suicidal thoughts" is
 * own voice).
 */
public enum Subject {
    /** The match holds a first-person word or follows "my": the young person's own, whatever comes before. */
    OWN_WORDS(CueKind.FIRST_PERSON),
    /** The nearest subject before the match is the young person ("i feel like i want to die"). */
    FIRST_PERSON(CueKind.FIRST_PERSON),
    /** The nearest subject before the match is someone else ("my friend said she wants to die"). */
    THIRD_PERSON(CueKind.THIRD_PERSON),
    /** The nearest subject before the match is the reader ("it sounds like you want to die"). */
    SECOND_PERSON(CueKind.SECOND_PERSON),
    /** The nearest subject before the match is a directive aimed at the reader ("please reach out if ..."). */
    DIRECTIVE(CueKind.DIRECTIVE),
    /** The nearest subject before the match is people in general ("people who self harm need help"). */
    GENERIC(CueKind.GENERIC),
    /** No subject before the match in its sentence, or only one inside a general question ("do you ever"). */
    NONE(null);

    /** The subjects read from cues, in the order that breaks a tie between two cues ending on the same word. */
    private static final Subject[] FROM_CUES = {FIRST_PERSON, THIRD_PERSON, SECOND_PERSON, DIRECTIVE, GENERIC};
    /** Possessives that make the noun phrase after them the young person's own. */
    private static final Set<String> OWN_POSSESSIVES = Set.of("my", "mine");
    /** How many words a general-question cue may sit before the subject it frames. */
    private static final int QUESTION_REACH = 2;

    private final CueKind cue;

    Subject(CueKind cue) {
        this.cue = cue;
    }

    /** The subject of {@code match} in {@code context}. */
    public static Subject of(MessageContext context, PhraseMatch match) {
        if (holdsFirstPerson(context, match)) {
            return OWN_WORDS;
        }
        PhraseMatch nearest = null;
        Subject subject = NONE;
        for (Subject candidate : FROM_CUES) {
            PhraseMatch cue = CueSearch.before(context, candidate.cue, match, Integer.MAX_VALUE, Scope.SENTENCE);
            if (cue != null && candidate == DIRECTIVE && subjectBefore(context, cue)) {
                continue;
            }
            if (cue != null && (nearest == null || cue.lastToken() > nearest.lastToken()
                    || cue.lastToken() == nearest.lastToken() && cue.firstToken() < nearest.firstToken())) {
                nearest = cue;
                subject = candidate;
            }
        }
        if (nearest != null && subject != FIRST_PERSON && inQuestion(context, nearest)) {
            return NONE;
        }
        return subject;
    }

    /** True when the match holds a first-person word or follows the possessive "my": the young person's own. */
    private static boolean holdsFirstPerson(MessageContext context, PhraseMatch match) {
        int first = match.firstToken();
        if (first > 0 && OWN_POSSESSIVES.contains(context.text().token(first - 1).lemma())) {
            return true;
        }
        for (int i = first; i <= match.lastToken(); i++) {
            if (match.matchedToken(i) && OWN_POSSESSIVES.contains(context.text().token(i).lemma())) {
                return true;
            }
        }
        for (int i = 0; i < context.cueCount(CueKind.FIRST_PERSON); i++) {
            if (MessageContext.sharesWords(context.cue(CueKind.FIRST_PERSON, i), match)) {
                return true;
            }
        }
        return false;
    }

    /** True when a first- or third-person subject comes before {@code directive} in its clause. */
    private static boolean subjectBefore(MessageContext context, PhraseMatch directive) {
        return CueSearch.before(context, CueKind.FIRST_PERSON, directive, Integer.MAX_VALUE, Scope.CLAUSE) != null
                || CueSearch.before(context, CueKind.THIRD_PERSON, directive, Integer.MAX_VALUE, Scope.CLAUSE) != null;
    }

    /**
     * True when {@code subject} is part of a general question: inside a hypothetical cue ("do you ever") or
     * right after one ("what happens if you ..."). Teenagers ask those about themselves.
     */
    private static boolean inQuestion(MessageContext context, PhraseMatch subject) {
        for (int i = 0; i < context.cueCount(CueKind.HYPOTHETICAL); i++) {
            if (context.cue(CueKind.HYPOTHETICAL, i).covers(subject)) {
                return true;
            }
        }
        return CueSearch.before(context, CueKind.HYPOTHETICAL, subject, QUESTION_REACH, Scope.CLAUSE) != null;
    }
}
