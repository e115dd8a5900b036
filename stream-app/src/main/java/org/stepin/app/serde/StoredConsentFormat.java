package org.stepin.app.serde;

import java.time.Instant;
import java.util.Set;
import org.stepin.app.event.ConsentRecord;
import org.stepin.app.event.ConsentStatus;
import org.stepin.app.event.GrantedBy;
import org.stepin.app.event.StoredConsent;

/**
 * Version 1 of the consent store's binary value, big-endian:
 *
 * <pre>
 * byte    0x01                 format (never the first byte of a JSON document)
 * byte    flags                bit 0 revoked, bit 1 under age, bit 2 record present, bit 3 validUntil present
 * -- when the record is present:
 * string  youthId              int byte count, then modified UTF-8 (see BinaryWriter)
 * byte    status               1 GRANTED, 2 REVOKED
 * byte    grantedBy            1 YOUTH, 2 GUARDIAN
 * int     channel count, then that many strings
 * instant validFrom            long epoch seconds, int nanosecond of the second
 * instant validUntil           only when flag bit 3 is set
 * int     birthYear
 * string  assignedCaseworker
 * instant recordedAt
 * </pre>
 *
 * Enums are stored by the fixed codes above, not by ordinal; a new constant fails to compile here until it has a
 * code. Changing the layout needs a new format byte. Stateless and thread-safe.
 */
final class StoredConsentFormat {
    /** The first byte of every value in this format. */
    static final byte FORMAT = 0x01;

    private static final String WHAT = "consent store value";
    private static final int REVOKED = 1;
    private static final int UNDER_AGE = 1 << 1;
    private static final int HAS_RECORD = 1 << 2;
    private static final int HAS_VALID_UNTIL = 1 << 3;
    private static final int ALL_FLAGS = REVOKED | UNDER_AGE | HAS_RECORD | HAS_VALID_UNTIL;
    private static final int MIN_STRING_BYTES = 4;

    private StoredConsentFormat() {
    }

    /** The value as bytes, starting with {@link #FORMAT}. */
    static byte[] write(StoredConsent value) {
        ConsentRecord consent = value.consent();
        int flags = (value.revoked() ? REVOKED : 0) | (value.underAge() ? UNDER_AGE : 0);
        if (consent != null) {
            flags |= HAS_RECORD | (consent.validUntil() != null ? HAS_VALID_UNTIL : 0);
        }
        BinaryWriter out = new BinaryWriter(consent == null ? 2 : 128 + 16 * consent.channels().size());
        out.writeByte(FORMAT);
        out.writeByte(flags);
        if (consent != null) {
            out.writeString(consent.youthId());
            out.writeByte(statusCode(consent.status()));
            out.writeByte(grantedByCode(consent.grantedBy()));
            out.writeInt(consent.channels().size());
            for (String channel : consent.channels()) {
                out.writeString(channel);
            }
            out.writeInstant(consent.validFrom());
            if (consent.validUntil() != null) {
                out.writeInstant(consent.validUntil());
            }
            out.writeInt(consent.birthYear());
            out.writeString(consent.assignedCaseworker());
            out.writeInstant(consent.recordedAt());
        }
        return out.toByteArray();
    }

    /** The value from bytes {@link #write} wrote; the caller has checked the first byte is {@link #FORMAT}. */
    static StoredConsent read(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes, 1, WHAT);
        int flags = in.readUnsignedByte();
        if ((flags & ~ALL_FLAGS) != 0) {
            throw in.fail("has unknown flag bits");
        }
        boolean hasRecord = (flags & HAS_RECORD) != 0;
        if (!hasRecord && (flags & HAS_VALID_UNTIL) != 0) {
            throw in.fail("has an end of validity without a record");
        }
        ConsentRecord consent = hasRecord ? readRecord(in, (flags & HAS_VALID_UNTIL) != 0) : null;
        in.expectEnd();
        return new StoredConsent(consent, (flags & REVOKED) != 0, (flags & UNDER_AGE) != 0);
    }

    private static ConsentRecord readRecord(BinaryReader in, boolean hasValidUntil) {
        String youthId = in.readString();
        ConsentStatus status = status(in, in.readUnsignedByte());
        GrantedBy grantedBy = grantedBy(in, in.readUnsignedByte());
        Set<String> channels = readChannels(in);
        Instant validFrom = in.readInstant();
        Instant validUntil = hasValidUntil ? in.readInstant() : null;
        int birthYear = in.readInt();
        String caseworker = in.readString();
        Instant recordedAt = in.readInstant();
        return new ConsentRecord(youthId, status, channels, grantedBy, validFrom, validUntil, birthYear,
                caseworker, recordedAt);
    }

    private static Set<String> readChannels(BinaryReader in) {
        int count = in.readInt();
        if (count < 0 || count > in.remaining() / MIN_STRING_BYTES) {
            throw in.fail("has an impossible channel count");
        }
        String[] channels = new String[count];
        for (int i = 0; i < count; i++) {
            channels[i] = in.readString();
        }
        try {
            return Set.of(channels);
        } catch (IllegalArgumentException e) {
            // Set.of names the repeated element; the message must not carry it.
            throw in.fail("repeats a channel");
        }
    }

    private static int statusCode(ConsentStatus status) {
        return switch (status) {
            case GRANTED -> 1;
            case REVOKED -> 2;
        };
    }

    private static ConsentStatus status(BinaryReader in, int code) {
        return switch (code) {
            case 1 -> ConsentStatus.GRANTED;
            case 2 -> ConsentStatus.REVOKED;
            default -> throw in.fail("has unknown status code " + code);
        };
    }

    private static int grantedByCode(GrantedBy grantedBy) {
        return switch (grantedBy) {
            case YOUTH -> 1;
            case GUARDIAN -> 2;
        };
    }

    private static GrantedBy grantedBy(BinaryReader in, int code) {
        return switch (code) {
            case 1 -> GrantedBy.YOUTH;
            case 2 -> GrantedBy.GUARDIAN;
            default -> throw in.fail("has unknown grantedBy code " + code);
        };
    }
}
