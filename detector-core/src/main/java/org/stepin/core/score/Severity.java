package org.stepin.core.score;

/**
 * How urgently a human should step in. {@link #MODERATE} or above means a caseworker should act;
 * {@link #HIGH} and {@link #IMMINENT} page the on-call worker.
 */
public enum Severity {
    /** Nothing to act on. */
    NONE,
    /** A weak signal worth recording; no action. */
    LOW,
    /** The assigned caseworker should follow up in working hours. */
    MODERATE,
    /** The on-call worker should step in now. */
    HIGH,
    /** Own-voice suicidal intent with a plan, means, time, place or farewell: step in now, always. */
    IMMINENT;

    /** True when this severity is at least {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
