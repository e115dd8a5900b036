package org.stepin.app.evaluate.dataset;

import static java.util.Objects.requireNonNull;

/**
 * One text with a binary label: should a worker be told? Immutable.
 *
 * @param id the data set's id for the text (or its line number)
 * @param text the text
 * @param positive the binary label
 * @param label the data set's own label, for tables (e.g. "distress", "everyday")
 */
public record LabelledText(String id, String text, boolean positive, String label) {

    public LabelledText {
        requireNonNull(id, "id");
        requireNonNull(text, "text");
        requireNonNull(label, "label");
    }
}
