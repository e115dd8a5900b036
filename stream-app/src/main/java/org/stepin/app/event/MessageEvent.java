package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.stepin.core.Direction;

/**
 * One chat message on an agency channel, as it arrives on the {@code messages} topic. Immutable.
 *
 * @param eventId unique id of the event
 * @param youthId the young person the conversation is with (also the record key)
 * @param channelId the agency account the message went through
 * @param platform the platform of that account, lower case (e.g. {@code instagram})
 * @param direction {@code INBOUND} from the young person, {@code OUTBOUND} from the worker
 * @param conversationId the conversation on that channel
 * @param sentAt when the message was sent
 * @param text the message text
 * @param workerId the worker on the agency side, or null
 */
public record MessageEvent(String eventId, String youthId, String channelId, String platform, Direction direction,
                           String conversationId, Instant sentAt, String text, String workerId) {

    public MessageEvent {
        requireNonNull(eventId, "eventId");
        requireNonNull(youthId, "youthId");
        requireNonNull(channelId, "channelId");
        requireNonNull(platform, "platform");
        requireNonNull(direction, "direction");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(sentAt, "sentAt");
        requireNonNull(text, "text");
    }

    /** Deliberately leaves out the text and the ids of people, so a stray log line cannot leak them. */
    @Override
    public String toString() {
        return "MessageEvent[eventId=" + eventId + ", channelId=" + channelId + ", direction=" + direction
                + ", sentAt=" + sentAt + ", chars=" + text.length() + "]";
    }
}
