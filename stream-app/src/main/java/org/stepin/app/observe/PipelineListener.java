package org.stepin.app.observe;

import java.time.Instant;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.app.event.Route;
import org.stepin.core.Direction;
import org.stepin.core.score.Severity;

/**
 * Told about each countable thing the pipeline does. Implementations must be thread-safe and may label what they
 * report only with the bounded values given (enums, durations), never with ids or text. The open-alert methods
 * pass an alert id and a task id so that an implementation can keep its own in-memory book of open alerts; those
 * ids must never leave it (no tag, no log line). Every method has a no-op default.
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

    /** The deep tier scored a message the fast tier was unsure of, taking {@code nanos}. */
    default void deepTierScored(long nanos) {
    }

    /**
     * An alert is open in the stream task {@code task}: it was just raised and stored, or the task found it open
     * in its store when it started on this instance.
     *
     * @param task the stream task holding the youth's state (e.g. {@code TaskId.toString()})
     * @param alertId the alert, for bookkeeping only
     * @param route who it went to
     * @param eventTime when the triggering message was sent: the age of an unacknowledged alert counts from here
     */
    default void alertOpened(String task, String alertId, Route route, Instant eventTime) {
    }

    /** A worker acknowledged the open alert {@code alertId}. */
    default void alertAcknowledged(String alertId) {
    }

    /**
     * The alert {@code alertId} is no longer open: closed by a worker, superseded by an escalation, forgotten by
     * the expiry sweep, or deleted with the youth's state on revocation.
     */
    default void alertClosed(String alertId) {
    }

    /** The stream task {@code task} no longer runs on this instance (migrated or shut down): forget its alerts. */
    default void taskReleased(String task) {
    }

    /** A lexicon reload was rejected (it did not lint or load); the running version stays. */
    default void lexiconReloadRejected() {
    }
}
