package org.stepin.app.observe;

import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.core.Direction;
import org.stepin.core.score.Severity;

/**
 * Told about each countable thing the pipeline does. Implementations must be thread-safe and must only use the
 * bounded values given (enums, durations), never ids or text. Every method has a no-op default.
 */
public interface PipelineListener {
    /** A listener that ignores everything. */
    PipelineListener NONE = new PipelineListener() { };

    /** A message passed parsing. */
    default void messageReceived(Direction direction) {
    }

    /** The consent gate dropped a message. */
    default void messageBlocked(BlockReason reason) {
    }

    /** A message was scored, taking {@code nanos}. */
    default void messageScored(Direction direction, Severity severity, long nanos) {
    }

    /** A record went to the dead-letter topic. */
    default void deadLetter(ErrorKind kind) {
    }

    /** An alert was emitted; {@code latencyMillis} from the triggering event's time to now. */
    default void alertEmitted(Alert alert, long latencyMillis) {
    }

    /** An alert-worthy signal was held back because an open alert already covers it. */
    default void alertSuppressed(Severity severity) {
    }

    /** A worker acted on an alert; {@code matched} is false when it was not the youth's open alert. */
    default void alertAction(ActionKind action, Outcome outcome, boolean matched) {
    }

    /** A youth's stored state was deleted because consent was revoked. */
    default void stateDeleted() {
    }
}
