package org.stepin.core.context;

import java.util.Locale;

/** What a context stage found around a match. The scorer decides what each mark does. */
public enum ContextMark {
    /** A negation cue governs the match ("i would never hurt myself"). */
    NEGATED,
    /** A conditional or general question ("what if someone ..."). */
    HYPOTHETICAL,
    /** The subject is someone else ("my friend said she wants to die"). */
    THIRD_PERSON,
    /** Hyperbole or a figure of speech ("this homework is killing me"). */
    FIGURATIVE,
    /** An essay, lesson, show, song or news item ("essay on suicide prevention"). */
    ACADEMIC,
    /** Words said to the young person by someone else ("they told me to kill myself"). */
    REPORTED,
    /** Past or recovered ("i used to cut"). */
    PAST,
    /** A game ("i will kill you in fortnite"). */
    GAMING,
    /** Said about the reader or as advice to them ("if you feel suicidal, reach out"): support talk. */
    ADDRESSEE,
    /** Said about people in general ("suicide is never the answer", "people who self harm need help"). */
    GENERIC;

    /** The id, written once: reasons and evidence ask for it on every alerting message. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** Name used in output. */
    public String id() {
        return id;
    }
}
