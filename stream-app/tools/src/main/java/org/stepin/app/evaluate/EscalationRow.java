package org.stepin.app.evaluate;

import static java.util.Objects.requireNonNull;

import org.stepin.app.evaluate.dataset.CssrsLabel;

/**
 * For one contender and one C-SSRS label, the share of users whose posts reached each severity. Immutable.
 *
 * @param contender the contender's name
 * @param label the Columbia scale label
 * @param users how many users carry the label
 * @param moderate share reaching MODERATE or above
 * @param high share reaching HIGH or above
 * @param imminent share reaching IMMINENT
 */
public record EscalationRow(String contender, CssrsLabel label, int users, double moderate, double high,
                            double imminent) {

    public EscalationRow {
        requireNonNull(contender, "contender");
        requireNonNull(label, "label");
    }
}
