package org.stepin.app.event;

/** A worker's rating of an alert, given when closing it. */
public enum Outcome {
    /** The alert led to stepping in. */
    ACTIONED,
    /** Nothing was wrong. */
    FALSE_ALARM,
    /** The worker already knew. */
    ALREADY_KNOWN
}
