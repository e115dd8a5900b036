package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import org.stepin.core.score.Severity;

/**
 * The alert a lane last raised for a youth and nobody has closed yet.
 *
 * @param alertId the alert
 * @param severity its severity
 * @param eventTime the triggering message's time, epoch milliseconds: suppression counts from here
 * @param acknowledged true once a worker acknowledged it
 */
public record OpenAlert(String alertId, Severity severity, long eventTime, boolean acknowledged) {

    public OpenAlert {
        requireNonNull(alertId, "alertId");
        requireNonNull(severity, "severity");
    }

    /** The same alert, acknowledged. */
    public OpenAlert acknowledge() {
        return new OpenAlert(alertId, severity, eventTime, true);
    }
}
