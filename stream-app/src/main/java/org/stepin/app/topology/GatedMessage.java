package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.stepin.app.event.MessageEvent;

/**
 * A message the consent gate let through, with the caseworker its consent names. Passed between processors in
 * memory, never serialised.
 *
 * @param event the message
 * @param caseworker the assigned caseworker
 */
record GatedMessage(MessageEvent event, String caseworker) {

    GatedMessage {
        requireNonNull(event, "event");
        requireNonNull(caseworker, "caseworker");
    }

    @Override
    public String toString() {
        return "GatedMessage[" + event + "]";
    }
}
