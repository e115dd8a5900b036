package org.stepin.app.decide;

import java.util.List;

/**
 * What the pipeline keeps about one young person: recent signals (bounded by a time window and an entry cap)
 * and the open alert of each lane. Never message text. Immutable.
 *
 * @param signals recent youth-risk signals, oldest first
 * @param youthAlert the open youth-risk alert, or null
 * @param supervisorAlert the open supervisor alert, or null
 */
public record YouthState(List<Signal> signals, OpenAlert youthAlert, OpenAlert supervisorAlert) {

    /** The state of a youth with no history. */
    public static final YouthState EMPTY = new YouthState(List.of(), null, null);

    public YouthState {
        signals = List.copyOf(signals);
    }

    /** The open alert of {@code lane}, or null. */
    public OpenAlert openAlert(Lane lane) {
        return lane == Lane.YOUTH_RISK ? youthAlert : supervisorAlert;
    }

    /** A copy with {@code alert} as the open alert of {@code lane} (null clears it). */
    public YouthState withOpenAlert(Lane lane, OpenAlert alert) {
        return lane == Lane.YOUTH_RISK ? new YouthState(signals, alert, supervisorAlert)
                : new YouthState(signals, youthAlert, alert);
    }

    /** A copy with {@code newSignals}. */
    public YouthState withSignals(List<Signal> newSignals) {
        return new YouthState(newSignals, youthAlert, supervisorAlert);
    }

    /** True when there is nothing worth storing. */
    public boolean isEmpty() {
        return signals.isEmpty() && youthAlert == null && supervisorAlert == null;
    }
}
