package org.stepin.app.topology;

import static java.util.Objects.requireNonNull;

import org.stepin.app.config.PipelineConfig;
import org.stepin.app.event.ConsentRecord;
import org.stepin.app.event.MessageEvent;
import org.stepin.app.event.StoredConsent;
import org.stepin.app.observe.BlockReason;

/**
 * The consent rule: the channel is on the agency's allow-list, and the youth has a granted consent that covers
 * that channel and was valid when the message was sent, and is not below the platform's minimum age.
 */
public final class ConsentCheck {
    private final PipelineConfig config;

    /** A check against {@code config}'s allow-list. */
    public ConsentCheck(PipelineConfig config) {
        this.config = requireNonNull(config, "config");
    }

    /** Why {@code event} must not be scored given {@code stored} (null when none), or null when it may be. */
    public BlockReason blockReason(MessageEvent event, StoredConsent stored) {
        if (!config.channelAllowed(event.channelId())) {
            return BlockReason.CHANNEL_NOT_ALLOWED;
        }
        if (stored == null) {
            return BlockReason.NO_CONSENT;
        }
        if (stored.revoked()) {
            return BlockReason.REVOKED;
        }
        if (stored.underAge()) {
            return BlockReason.AGE_POLICY;
        }
        ConsentRecord consent = stored.consent();
        if (!consent.channels().contains(event.channelId())) {
            return BlockReason.OTHER_CHANNEL;
        }
        if (event.sentAt().isBefore(consent.validFrom())) {
            return BlockReason.NOT_YET_VALID;
        }
        if (consent.validUntil() != null && !event.sentAt().isBefore(consent.validUntil())) {
            return BlockReason.EXPIRED;
        }
        return null;
    }
}
