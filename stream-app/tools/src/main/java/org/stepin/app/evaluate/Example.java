package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A misclassified item shown to analysts: its text (raw here; masked when written to a report), label,
 * risk and the evidence the contender found. Immutable.
 *
 * @param id the data set's id for the item
 * @param text the text (for a C-SSRS user, the chunk that reached the highest risk)
 * @param label the data set's label
 * @param risk the contender's risk score
 * @param evidence what the contender found, as text spans with category and mark
 */
public record Example(String id, String text, String label, double risk, List<String> evidence) {

    public Example {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        requireNonNull(label, "label");
        evidence = List.copyOf(evidence);
    }
}
