package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.stepin.core.context.MessageContext;
import org.stepin.core.lexicon.CueKind;
import org.stepin.core.match.PhraseMatch;

/**
 * Reads whose state a risk phrase describes. A reflexive in the phrase decides ("kill herself",
 * {@code context/reflexives.txt}), then a first-person cue in it, as in the fast tier ("they do not [want to be
 * around me]" is the young person's own); otherwise the {@code nsubj} of the predicate, or of the verb it is an
 * {@code xcomp} or {@code conj} of, where an object of that verb controls the {@code xcomp} ("she makes [me]
 * [want to die]"). The subject's person comes from the fast tier's subject cues on it (first, third, then second
 * person), then from the lexicon's {@code context/subject_words.txt}. Immutable and thread-safe.
 */
final class SubjectReader {
    private final GrammarWords words;

    SubjectReader(GrammarWords words) {
        this.words = requireNonNull(words, "words");
    }

    /** The subject reading of {@code phrase}, whose predicate is {@code predicate}. */
    SubjectReading read(ParsedPhrase phrase, int predicate) {
        Optional<SubjectReading> reflexive = reflexive(phrase);
        if (reflexive.isPresent()) {
            return reflexive.get();
        }
        Optional<SubjectReading> own = ownWord(phrase);
        if (own.isPresent()) {
            return own.get();
        }
        DependencyGraph graph = phrase.graph();
        int subject = subject(phrase, predicate);
        if (subject < 0) {
            return new SubjectReading.Absent(graph.word(predicate));
        }
        return new SubjectReading.Grammatical(graph.relation(subject), graph.word(subject),
                graph.word(graph.head(subject)), person(phrase, subject));
    }

    private Optional<SubjectReading> reflexive(ParsedPhrase phrase) {
        PhraseMatch match = phrase.match();
        for (int i = match.firstToken(); i <= match.lastToken(); i++) {
            if (phrase.graph().parsed(i)) {
                String word = phrase.word(i);
                Optional<Person> person = words.reflexive(word);
                if (person.isPresent()) {
                    return Optional.of(new SubjectReading.Reflexive(word, person.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A first-person cue the phrase itself holds ("better off without [me]": the young person's own state,
     * whoever the grammatical subject is), by the fast tier's own test ({@link MessageContext#sharesWords}). Not
     * "my", which is no cue: in "[my friend wants to die]" it names whose friend, and the friend is the subject.
     */
    private static Optional<SubjectReading> ownWord(ParsedPhrase phrase) {
        for (PhraseMatch cue : phrase.cues()) {
            if (cue.entry().list() == CueKind.FIRST_PERSON && MessageContext.sharesWords(cue, phrase.match())) {
                return Optional.of(new SubjectReading.OwnWord(cue.entry().phrase()));
            }
        }
        return Optional.empty();
    }

    private static int subject(ParsedPhrase phrase, int predicate) {
        DependencyGraph graph = phrase.graph();
        int node = predicate;
        for (int step = 0; step < Grammar.MAX_STEPS; step++) {
            int subject = Grammar.child(graph, node, Grammar.SUBJECT_RELATIONS);
            if (subject >= 0) {
                return subject;
            }
            int head = graph.head(node);
            if (head < 0) {
                return -1;
            }
            if (Grammar.complement(graph, node)) {
                int controller = Grammar.child(graph, head, Grammar.OBJECT_RELATIONS);
                if (controller >= 0 && !phrase.inside(controller)) {
                    return controller;
                }
            } else if (!graph.relation(node).equals("conj")) {
                return -1;
            }
            node = head;
        }
        return -1;
    }

    /** The subject cue on {@code subject} first ("my friend", "she", "you"), then the lexicon's subject words. */
    private Person person(ParsedPhrase phrase, int subject) {
        for (PhraseMatch cue : phrase.cues()) {
            if (cue.firstToken() <= subject && subject <= cue.lastToken()) {
                if (cue.entry().list() == CueKind.FIRST_PERSON) {
                    return Person.FIRST;
                }
                if (cue.entry().list() == CueKind.THIRD_PERSON) {
                    return Person.THIRD;
                }
                if (cue.entry().list() == CueKind.SECOND_PERSON) {
                    return Person.SECOND;
                }
            }
        }
        return words.subjectWord(phrase.word(subject));
    }
}
