package org.stepin.core.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stepin.core.context.ContextMark;

/**
 * Writes what the parse found into the words of a piece of evidence's {@link org.stepin.core.Evidence#review()},
 * the one place a {@link Reading} becomes text: {@code deep: negated ('never' advmod of 'said'); subject first
 * person (nsubj 'i' of 'wanted'); marks were []}. Stateless.
 */
final class ReviewNote {
    private ReviewNote() {
    }

    /** The review of a phrase read as {@code reading} (empty when it was not parsed), marked {@code before}. */
    static String of(Optional<Reading> reading, Set<ContextMark> before, Set<ContextMark> after) {
        if (reading.isEmpty()) {
            return "deep: not parsed, fast tier's marks kept";
        }
        Reading read = reading.get();
        StringBuilder note = new StringBuilder("deep: ");
        note.append(read.negated() ? "negated (" : "not negated (").append(negation(read.negation())).append(')');
        note.append("; subject ").append(read.person().name().toLowerCase(Locale.ROOT)).append(" person");
        note.append(" (").append(subject(read.subject())).append(')');
        if (read.conditional()) {
            note.append("; conditional ('").append(read.conditionalMark()).append("'), noted only");
        }
        note.append(before.equals(after) ? "; confirms the fast tier" : "; marks were " + ids(before));
        return note.toString();
    }

    /** Why the phrase is or is not negated: {@code 'never' advmod of 'said'}, {@code no negation governs 'die'}. */
    static String negation(NegationReading negation) {
        if (negation instanceof NegationReading.Negator n) {
            return "'" + n.negator() + "' " + n.relation() + " of '" + n.head() + "'";
        }
        if (negation instanceof NegationReading.NegativeHead n) {
            return "'" + n.negator() + "' " + n.relation() + " head of '" + n.clause() + "'";
        }
        if (negation instanceof NegationReading.DoubleNegation n) {
            return "double negation '" + n.negator() + "' + '" + n.verb() + "'";
        }
        if (negation instanceof NegationReading.NegatedAbility n) {
            return "negated ability '" + n.negator() + "' + '" + n.ability() + "', not the wish";
        }
        if (negation instanceof NegationReading.Cause n) {
            return "no negation governs '" + n.noun() + "' (a cause, '" + n.marker() + "')";
        }
        return "no negation governs '" + ((NegationReading.Ungoverned) negation).predicate() + "'";
    }

    /** How the subject was found: {@code nsubj 'she' of 'wants'}, {@code reflexive 'myself'}. */
    static String subject(SubjectReading subject) {
        if (subject instanceof SubjectReading.Reflexive s) {
            return "reflexive '" + s.word() + "'";
        }
        if (subject instanceof SubjectReading.OwnWord s) {
            return "the phrase holds '" + s.cue() + "'";
        }
        if (subject instanceof SubjectReading.Grammatical s) {
            return s.relation() + " '" + s.word() + "' of '" + s.head() + "'";
        }
        return "no subject of '" + ((SubjectReading.Absent) subject).predicate() + "'";
    }

    private static String ids(Set<ContextMark> marks) {
        List<String> ids = new ArrayList<>();
        for (ContextMark mark : ContextMark.values()) {
            if (marks.contains(mark)) {
                ids.add(mark.id());
            }
        }
        return ids.toString();
    }
}
