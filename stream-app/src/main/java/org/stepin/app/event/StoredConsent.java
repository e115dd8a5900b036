package org.stepin.app.event;

/**
 * The consent table's value for one youth: the latest record, whether consent is withdrawn (by status or
 * tombstone, in which case the record may be null), and whether the youth was found below a platform's minimum
 * age (so the age-policy alert is raised once).
 *
 * @param consent the latest consent record, or null after a tombstone
 * @param revoked true when consent is withdrawn
 * @param underAge true when the record is for a youth certainly below a covered platform's minimum age
 */
public record StoredConsent(ConsentRecord consent, boolean revoked, boolean underAge) {
}
