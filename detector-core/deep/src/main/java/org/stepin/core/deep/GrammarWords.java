package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.lexicon.WordList;
import org.stepin.core.lexicon.WordSet;

/**
 * The lexicon's word lists as the grammar readers use them, the persons already turned into {@link Person}s.
 * Immutable and thread-safe.
 */
final class GrammarWords {
    private final WordSet continuing;
    private final WordSet ability;
    private final WordSet saying;
    private final WordSet causes;
    private final WordSet negativeSubjects;
    private final WordSet conditional;
    private final Map<String, Person> reflexives;
    private final Map<String, Person> subjectWords;

    /** The word lists of {@code lexicon}. */
    GrammarWords(Lexicon lexicon) {
        requireNonNull(lexicon, "lexicon");
        continuing = lexicon.words(WordList.CONTINUING);
        ability = lexicon.words(WordList.ABILITY);
        saying = lexicon.words(WordList.SAYING);
        causes = lexicon.words(WordList.CAUSES);
        negativeSubjects = lexicon.words(WordList.NEGATIVE_SUBJECTS);
        conditional = lexicon.words(WordList.CONDITIONAL);
        reflexives = persons(lexicon.words(WordList.REFLEXIVES));
        subjectWords = persons(lexicon.words(WordList.SUBJECT_WORDS));
    }

    private static Map<String, Person> persons(WordSet words) {
        Map<String, Person> persons = new HashMap<>();
        for (String word : words.words()) {
            String person = words.person(word).orElseThrow(() ->
                    new IllegalArgumentException(words.list().id() + " has no person for '" + word + "'"));
            persons.put(word, Person.valueOf(person.toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(persons);
    }

    /** True for a verb of going on ("stop"): a negation on it is a double negation. */
    boolean continuing(String word) {
        return continuing.contains(word);
    }

    /** True for a word of ability or courage ("able"): a negation on it leaves the wish standing. */
    boolean ability(String word) {
        return ability.contains(word);
    }

    /** True for a verb of saying ("said"): a negation on it reaches the clause it reports. */
    boolean saying(String word) {
        return saying.contains(word);
    }

    /** True for a word that makes a noun a cause ("because"). */
    boolean cause(String word) {
        return causes.contains(word);
    }

    /** True for a negative pronoun ("nobody"). */
    boolean negativeSubject(String word) {
        return negativeSubjects.contains(word);
    }

    /** True for a subordinator that makes a clause a condition ("if"). */
    boolean conditional(String word) {
        return conditional.contains(word);
    }

    /** The person of a reflexive ("herself": third); empty when {@code word} is none. */
    Optional<Person> reflexive(String word) {
        return Optional.ofNullable(reflexives.get(word));
    }

    /** The person {@code word} names as a subject beyond the subject cues ("her": third), or {@link Person#NONE}. */
    Person subjectWord(String word) {
        return subjectWords.getOrDefault(word, Person.NONE);
    }
}
