package org.stepin.app.observe;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.stepin.app.event.ActionKind;
import org.stepin.app.event.Alert;
import org.stepin.app.event.ErrorKind;
import org.stepin.app.event.Outcome;
import org.stepin.app.event.Route;
import org.stepin.core.Direction;
import org.stepin.core.score.Severity;

/** Tells two listeners everything, first then second (e.g. the metrics and the demo's own counts). */
public final class BothListeners implements PipelineListener {
    private final PipelineListener first;
    private final PipelineListener second;

    /** A listener telling {@code first}, then {@code second}. */
    public BothListeners(PipelineListener first, PipelineListener second) {
        this.first = requireNonNull(first, "first");
        this.second = requireNonNull(second, "second");
    }

    @Override
    public void messageReceived(Direction direction) {
        first.messageReceived(direction);
        second.messageReceived(direction);
    }

    @Override
    public void messageBlocked(BlockReason reason) {
        first.messageBlocked(reason);
        second.messageBlocked(reason);
    }

    @Override
    public void messageScored(Direction direction, Severity severity, long nanos) {
        first.messageScored(direction, severity, nanos);
        second.messageScored(direction, severity, nanos);
    }

    @Override
    public void deepTierScored(long nanos) {
        first.deepTierScored(nanos);
        second.deepTierScored(nanos);
    }

    @Override
    public void deadLetter(ErrorKind kind) {
        first.deadLetter(kind);
        second.deadLetter(kind);
    }

    @Override
    public void alertEmitted(Alert alert, long latencyMillis) {
        first.alertEmitted(alert, latencyMillis);
        second.alertEmitted(alert, latencyMillis);
    }

    @Override
    public void alertSuppressed(Severity severity) {
        first.alertSuppressed(severity);
        second.alertSuppressed(severity);
    }

    @Override
    public void alertAction(ActionKind action, Outcome outcome, boolean matched) {
        first.alertAction(action, outcome, matched);
        second.alertAction(action, outcome, matched);
    }

    @Override
    public void stateDeleted() {
        first.stateDeleted();
        second.stateDeleted();
    }

    @Override
    public void alertOpened(String task, String alertId, Route route, Instant eventTime) {
        first.alertOpened(task, alertId, route, eventTime);
        second.alertOpened(task, alertId, route, eventTime);
    }

    @Override
    public void alertAcknowledged(String alertId) {
        first.alertAcknowledged(alertId);
        second.alertAcknowledged(alertId);
    }

    @Override
    public void alertClosed(String alertId) {
        first.alertClosed(alertId);
        second.alertClosed(alertId);
    }

    @Override
    public void taskReleased(String task) {
        first.taskReleased(task);
        second.taskReleased(task);
    }

    @Override
    public void lexiconReloadRejected() {
        first.lexiconReloadRejected();
        second.lexiconReloadRejected();
    }
}
