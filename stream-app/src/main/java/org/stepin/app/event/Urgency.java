package org.stepin.app.event;

/** How soon an alert needs a human. */
public enum Urgency {
    /** Now, whatever the hour. */
    NOW,
    /** At the start of the assignee's next working hours (or now, within them). */
    NEXT_WORKING_HOURS
}
