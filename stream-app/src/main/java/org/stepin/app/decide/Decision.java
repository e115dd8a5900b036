package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.app.event.Alert;
import org.stepin.core.score.Severity;

/**
 * The outcome of one scored message: the youth's new state, the alerts to send, and the alert-worthy signals
 * held back because an open alert already covers them.
 *
 * @param state the youth's state after this message
 * @param alerts alerts to send, at most one a lane
 * @param suppressed severities of alert-worthy signals held back
 */
public record Decision(YouthState state, List<Alert> alerts, List<Severity> suppressed) {

    public Decision {
        requireNonNull(state, "state");
        alerts = List.copyOf(alerts);
        suppressed = List.copyOf(suppressed);
    }
}
