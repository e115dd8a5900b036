package org.stepin.app.event;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A record that could not be processed, kept whole so nothing is lost and it can be replayed. Immutable.
 *
 * @param sourceTopic the topic it came from
 * @param partition its partition
 * @param offset its offset
 * @param errorKind why, as a bounded kind
 * @param errorClass the exception class
 * @param reason why, in words that name the field and rule, never the content
 * @param processorNode the topology node that failed
 * @param failedAt when
 * @param key the original key bytes, or null
 * @param value the original value bytes, or null
 */
public record DeadLetter(String sourceTopic, int partition, long offset, ErrorKind errorKind, String errorClass,
                         String reason, String processorNode, Instant failedAt, byte[] key, byte[] value) {

    public DeadLetter {
        requireNonNull(sourceTopic, "sourceTopic");
        requireNonNull(errorKind, "errorKind");
        requireNonNull(errorClass, "errorClass");
        requireNonNull(reason, "reason");
        requireNonNull(failedAt, "failedAt");
    }

    /** Leaves out the bytes. */
    @Override
    public String toString() {
        return "DeadLetter[" + sourceTopic + "-" + partition + "@" + offset + ", " + errorKind + "]";
    }
}
