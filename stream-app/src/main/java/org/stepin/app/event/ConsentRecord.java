package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A consent record from the compacted {@code consents} topic. Immutable.
 *
 * @param youthId the young person (also the record key)
 * @param status granted or revoked
 * @param channels the agency channels the consent covers
 * @param grantedBy who gave it
 * @param validFrom start of validity, inclusive
 * @param validUntil end of validity, exclusive; null when open-ended
 * @param birthYear the young person's year of birth
 * @param assignedCaseworker the caseworker who receives non-urgent alerts
 * @param recordedAt when the agency recorded it
 */
public record ConsentRecord(String youthId, ConsentStatus status, Set<String> channels, GrantedBy grantedBy,
                            Instant validFrom, Instant validUntil, int birthYear, String assignedCaseworker,
                            Instant recordedAt) {

    public ConsentRecord {
        requireNonNull(youthId, "youthId");
        requireNonNull(status, "status");
        requireNonNull(grantedBy, "grantedBy");
        requireNonNull(validFrom, "validFrom");
        requireNonNull(assignedCaseworker, "assignedCaseworker");
        requireNonNull(recordedAt, "recordedAt");
        channels = Set.copyOf(channels);
    }

    /**
     * The oldest the young person can be at {@code at}: the age they reach in that calendar year. Below a
     * platform's minimum age by this measure means certainly below it, whatever their birthday.
     */
    public int oldestPossibleAgeAt(Instant at) {
        return at.atZone(ZoneOffset.UTC).getYear() - birthYear;
    }

    /** Deliberately leaves out the ids of people. */
    @Override
    public String toString() {
        return "ConsentRecord[status=" + status + ", channels=" + channels.size() + ", validFrom=" + validFrom
                + ", validUntil=" + validUntil + "]";
    }
}
