package org.stepin.app.config;

import static java.util.Objects.requireNonNull;

/**
 * The topic names the pipeline reads and writes.
 *
 * @param messages chat messages, keyed by youth id
 * @param consents consent records, compacted, keyed by youth id
 * @param alertActions workers' actions on alerts, keyed by youth id
 * @param alerts step-in alerts for caseworkers, keyed by youth id
 * @param deadLetters records that could not be processed
 */
public record Topics(String messages, String consents, String alertActions, String alerts, String deadLetters) {

    /** The names used in {@code deploy/topics}. */
    public static final Topics DEFAULT =
            new Topics("messages", "consents", "alert-actions", "caseworker-alerts", "dead-letters");

    /** Validates. */
    public Topics {
        requireNonNull(messages, "messages");
        requireNonNull(consents, "consents");
        requireNonNull(alertActions, "alertActions");
        requireNonNull(alerts, "alerts");
        requireNonNull(deadLetters, "deadLetters");
    }
}
