package org.stepin.app.event;

/** What raised an alert. */
public enum AlertTrigger {
    /** One message reached the threshold. */
    MESSAGE,
    /** A run of signals over days reached it, though no single message did. */
    TRAJECTORY,
    /** A consent record for a young person below the platform's minimum age. */
    AGE_POLICY
}
