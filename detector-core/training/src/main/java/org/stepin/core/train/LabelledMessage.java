package org.stepin.core.train;

import org.stepin.core.classify.Probabilities;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * One row of the seed corpus: a message and the label a worker gave it. Immutable.
 *
 * @param id the row id ({@code a0001})
 * @param label a category id or {@link Probabilities#NONE_LABEL}
 * @param severity the labelled severity
 * @param trap how the message is written to catch a naive detector, {@code none} for most rows
 * @param text the message
 */
public record LabelledMessage(String id, String label, Severity severity, String trap, String text) {

    public LabelledMessage {
        requireNonNull(id, "id");
        requireNonNull(label, "label");
        requireNonNull(severity, "severity");
        requireNonNull(trap, "trap");
        requireNonNull(text, "text");
        if (!Probabilities.NONE_LABEL.equals(label)) {
            Category.fromId(label);
        }
    }

    /**
     * What the classifier learns from this row: the category when a worker should step in (MODERATE or
     * above), otherwise {@link Probabilities#NONE_LABEL}. A LOW row ("100 days sh free", "whats the point of
     * school") names its category but needs no worker, so the classifier's probability of a category means
     * "a step-in message of this category", which is what the combiner needs.
     */
    public String stepInLabel() {
        return severity.atLeast(Severity.MODERATE) ? label : Probabilities.NONE_LABEL;
    }

    /** The labelled category, empty for "none". */
    public Optional<Category> category() {
        return Probabilities.NONE_LABEL.equals(label) ? Optional.empty() : Optional.of(Category.fromId(label));
    }
}
