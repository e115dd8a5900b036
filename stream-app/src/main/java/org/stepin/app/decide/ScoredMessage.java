package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import org.stepin.app.event.MessageEvent;
import org.stepin.core.Assessment;

/**
 * A message that passed the consent gate, with its assessment and the caseworker its consent names.
 *
 * @param event the message
 * @param assessment what the detector found
 * @param caseworker the assigned caseworker from the consent record
 */
public record ScoredMessage(MessageEvent event, Assessment assessment, String caseworker) {

    public ScoredMessage {
        requireNonNull(event, "event");
        requireNonNull(assessment, "assessment");
        requireNonNull(caseworker, "caseworker");
    }

    /** Leaves out the text and ids of people. */
    @Override
    public String toString() {
        return "ScoredMessage[" + event + ", severity=" + assessment.severity() + "]";
    }
}
