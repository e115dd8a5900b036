package org.stepin.core.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * The single-word lists the deep tier reads a dependency parse with. Unlike {@link CueKind cue lists} they are
 * never matched against a message and add nothing to the analysis chain's vocabulary: the deep tier compares
 * them with the parser's words, which are the fast tier's normalised word forms, not lemmas, so every form a
 * list means is written out ("say", "says", "said", "saying"). Each entry goes through the analysis chain as
 * a message would and must stay one word ("cannot" is expanded to "can not", so it can never be a parsed word).
 * Lists marked {@link #withPerson()} carry the grammatical person of each word: {@code word | person}.
 */
public enum WordList {
    /** Verbs of going on: a negation on one is a double negation ("can not stop cutting"). */
    CONTINUING("context/continuing.txt", false),
    /** Words of ability and courage: a negation on one leaves the wish under it standing. */
    ABILITY("context/ability.txt", false),
    /** Verbs of saying: a negation on one reaches the clause it reports ("i never said i wanted to die"). */
    SAYING("context/saying.txt", false),
    /** Words that mark a cause: a negation does not reach a noun they introduce ("because of the bullying"). */
    CAUSES("context/causes.txt", false),
    /** Negative pronouns: as a subject they negate their verb ("nobody hit me"). */
    NEGATIVE_SUBJECTS("context/negative_subjects.txt", false),
    /** Subordinators that make a clause a condition ("if i died would anyone care"). */
    CONDITIONAL("context/conditional.txt", false),
    /** Reflexive pronouns and their person: one in a phrase names whose act it is ("kill herself"). */
    REFLEXIVES("context/reflexives.txt", true),
    /** Words that name a person only where the parse makes them the subject, beyond the subject cue lists. */
    SUBJECT_WORDS("context/subject_words.txt", true);

    /** The persons a {@link #withPerson()} list may name, as written in its files. */
    public static final List<String> PERSONS = List.of("first", "second", "third");

    private final String path;
    private final boolean withPerson;

    WordList(String path, boolean withPerson) {
        this.path = path;
        this.withPerson = withPerson;
    }

    /** The file that holds the list, relative to the lexicon root. */
    public String path() {
        return path;
    }

    /** Name used in output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when each word carries its grammatical person, one of {@link #PERSONS}. */
    public boolean withPerson() {
        return withPerson;
    }
}
