package org.stepin.app.topics;

import static java.util.Objects.requireNonNull;

/**
 * The pipeline's topics as configured ({@code stepin.topics.*}): each role's name, and the partition count of the
 * topics keyed by youth id. Immutable.
 *
 * @param messages chat messages, keyed by youth id
 * @param consents consent records, compacted, keyed by youth id
 * @param alertActions workers' actions on alerts, keyed by youth id
 * @param alerts step-in alerts for caseworkers, keyed by youth id
 * @param deadLetters records that could not be processed
 * @param partitions partitions of each topic {@linkplain TopicRole#keyedByYouth() keyed by youth id}
 */
public record Topics(String messages, String consents, String alertActions, String alerts, String deadLetters,
                     int partitions) {

    /** Every name is required and the partition count positive. */
    public Topics {
        requireNonNull(messages, "messages");
        requireNonNull(consents, "consents");
        requireNonNull(alertActions, "alertActions");
        requireNonNull(alerts, "alerts");
        requireNonNull(deadLetters, "deadLetters");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive, was " + partitions);
        }
    }

    /** The name of {@code role}'s topic. */
    public String name(TopicRole role) {
        return switch (requireNonNull(role, "role")) {
            case MESSAGES -> messages;
            case CONSENTS -> consents;
            case ALERT_ACTIONS -> alertActions;
            case ALERTS -> alerts;
            case DEAD_LETTERS -> deadLetters;
        };
    }
}
