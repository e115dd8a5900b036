package org.stepin.core;

import java.util.Locale;

/**
 * What produced a piece of {@link Evidence}. Only {@link #LEXICON} and {@link #CONTACT_DETAIL} evidence points at
 * words of the message; a learned tier's evidence has no span. A deeper tier that re-reads lexicon evidence (the
 * dependency parse) does not add evidence of its own: it leaves a {@link Evidence#review()} on what it read.
 */
public enum EvidenceSource {
    /** A lexicon phrase found in the message; the entry is the phrase, the origin its file and line. */
    LEXICON,
    /** A personal contact detail in a worker's outbound message (the boundary guard); the origin is its kind. */
    CONTACT_DETAIL,
    /** The learned tier's classifier moved a category's level; the origin is the classifier's version. */
    CLASSIFIER;

    /** The name in JSON and in {@code explain}: {@code lexicon}, {@code contact-detail}, {@code classifier}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when evidence from this source points at words of the message. */
    public boolean hasWords() {
        return this != CLASSIFIER;
    }
}
