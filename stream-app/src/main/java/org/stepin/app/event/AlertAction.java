package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A worker's action on an alert, from the {@code alert-actions} topic (keyed by youth id). Immutable.
 *
 * @param alertId the alert acted on
 * @param action acknowledge or close
 * @param outcome the worker's rating, or null
 * @param by the worker, or null
 * @param at when
 * @param note a free-text note, or null; never logged
 */
public record AlertAction(String alertId, ActionKind action, Outcome outcome, String by, Instant at, String note) {

    public AlertAction {
        requireNonNull(alertId, "alertId");
        requireNonNull(action, "action");
        requireNonNull(at, "at");
    }

    /** Deliberately leaves out the worker and the note. */
    @Override
    public String toString() {
        return "AlertAction[alertId=" + alertId + ", action=" + action + ", outcome=" + outcome + ", at=" + at + "]";
    }
}
