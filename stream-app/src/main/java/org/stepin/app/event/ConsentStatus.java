package org.stepin.app.event;

/** Whether a consent record grants or withdraws consent. */
public enum ConsentStatus {
    /** Consent is given for the listed channels and period. */
    GRANTED,
    /** Consent is withdrawn: nothing more is scored and stored state is deleted. */
    REVOKED
}
