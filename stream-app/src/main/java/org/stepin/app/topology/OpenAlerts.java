package org.stepin.app.topology;

import java.time.Instant;
import org.stepin.app.decide.AlertRouter;
import org.stepin.app.decide.Lane;
import org.stepin.app.decide.OpenAlert;
import org.stepin.app.decide.YouthState;
import org.stepin.app.observe.PipelineListener;

/**
 * Tells the listener how a youth's open alerts changed between two states, so the open-alert gauges follow the
 * stores: an alert that is gone or replaced is closed, one that appeared is opened.
 */
final class OpenAlerts {
    private OpenAlerts() {
    }

    /** Reports the changes from {@code before} to {@code after} (either may be null: no state). */
    static void report(PipelineListener listener, String task, YouthState before, YouthState after) {
        for (Lane lane : Lane.values()) {
            OpenAlert was = before == null ? null : before.openAlert(lane);
            OpenAlert now = after == null ? null : after.openAlert(lane);
            boolean same = was != null && now != null && was.alertId().equals(now.alertId());
            if (was != null && !same) {
                listener.alertClosed(was.alertId());
            }
            if (now != null && !same) {
                opened(listener, task, lane, now);
            }
        }
    }

    /** Reports every open alert of {@code state} as open (a task starting on this instance). */
    static void reportOpen(PipelineListener listener, String task, YouthState state) {
        for (Lane lane : Lane.values()) {
            OpenAlert open = state.openAlert(lane);
            if (open != null) {
                opened(listener, task, lane, open);
            }
        }
    }

    private static void opened(PipelineListener listener, String task, Lane lane, OpenAlert open) {
        listener.alertOpened(task, open.alertId(), AlertRouter.routeOf(lane, open.severity()),
                Instant.ofEpochMilli(open.eventTime()));
        if (open.acknowledged()) {
            listener.alertAcknowledged(open.alertId());
        }
    }
}
