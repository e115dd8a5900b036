package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

/**
 * One scored message kept in a youth's trajectory: when, how severe, which categories, which event. No text.
 *
 * @param at when the message was sent, epoch milliseconds
 * @param severity its severity in the youth-risk lane, LOW or above
 * @param categories its youth-risk categories
 * @param eventId the message event
 */
public record Signal(long at, Severity severity, Set<Category> categories, String eventId) {

    public Signal {
        requireNonNull(severity, "severity");
        requireNonNull(eventId, "eventId");
        categories = Set.copyOf(categories);
    }
}
