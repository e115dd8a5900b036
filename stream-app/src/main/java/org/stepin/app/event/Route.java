package org.stepin.app.event;

/** Who an alert goes to. */
public enum Route {
    /** The on-call worker, now: IMMINENT and HIGH. */
    ON_CALL,
    /** The young person's assigned caseworker: MODERATE. */
    CASEWORKER,
    /** A supervisor: harassment of a worker, boundary risks, age policy. */
    SUPERVISOR
}
