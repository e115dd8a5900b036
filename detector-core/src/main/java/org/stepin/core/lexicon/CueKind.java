package org.stepin.core.lexicon;

import java.util.Locale;

/** The context cue lists: phrases that never score on their own but mark or upgrade risk evidence. */
public enum CueKind implements EntryList {
    /** Time, means, plan, place or farewell: upgrades own-voice suicidal intent to IMMINENT. */
    RISK_CUE("cues/risk_cues.txt", 0, true),
    /** Negation cues before a match. */
    NEGATION("context/negation.txt", 0, false),
    /** Conditional or general-question cues before a match. */
    HYPOTHETICAL("context/hypothetical.txt", 0, false),
    /** First-person subjects. */
    FIRST_PERSON("context/first_person.txt", 0, false),
    /** Third-person subjects. */
    THIRD_PERSON("context/third_person.txt", 0, false),
    /** Second-person subjects: the reader ("you", "your"). */
    SECOND_PERSON("context/second_person.txt", 0, false),
    /** Directives and support formulas aimed at the reader ("please", "reach out", "talk to someone"). */
    DIRECTIVE("context/directive.txt", 0, false),
    /** Generic, impersonal subjects ("people", "anyone", "those who"). */
    GENERIC("context/generic.txt", 0, false),
    /** Hyperbole patterns that include the risk words they cancel. */
    FIGURATIVE("context/figurative.txt", 1, false),
    /** Essay, media, lyrics and news cues. */
    ACADEMIC("context/academic.txt", 0, false),
    /** Reported speech aimed at the young person ("told me to"). */
    REPORTED("context/reported.txt", 0, false),
    /** Past and recovery cues. */
    PAST("context/past.txt", 0, false),
    /** Gaming cues. */
    GAMING("context/gaming.txt", 0, false);

    private final String path;
    private final int defaultGap;
    private final boolean tagged;

    CueKind(String path, int defaultGap, boolean tagged) {
        this.path = path;
        this.defaultGap = defaultGap;
        this.tagged = tagged;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public int defaultGap() {
        return defaultGap;
    }

    @Override
    public boolean weighted() {
        return false;
    }

    /** True when entries carry tags ({@code phrase | tags}). */
    public boolean tagged() {
        return tagged;
    }
}
