package org.stepin.app.event;

/** What a worker did with an alert. */
public enum ActionKind {
    /** Seen and being handled: repeats stay suppressed. */
    ACK,
    /** Dealt with: the next signal alerts afresh. */
    CLOSE
}
