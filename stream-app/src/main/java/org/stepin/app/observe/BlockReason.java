package org.stepin.app.observe;

/** Why the consent gate dropped a message before scoring. */
public enum BlockReason {
    /** The channel is not on the agency's allow-list. */
    CHANNEL_NOT_ALLOWED,
    /** No consent record for the young person. */
    NO_CONSENT,
    /** Consent was revoked (by status or tombstone). */
    REVOKED,
    /** The consent had expired when the message was sent. */
    EXPIRED,
    /** The consent was not yet valid when the message was sent. */
    NOT_YET_VALID,
    /** The consent does not cover this channel. */
    OTHER_CHANNEL,
    /** The young person is below the platform's minimum age. */
    AGE_POLICY
}
