package org.stepin.app.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One record of the demo scenario, resolved to real time: where it goes, its key and value bytes (null value: a
 * tombstone) and its timestamp.
 *
 * @param topic the topic
 * @param key the key bytes, or null
 * @param value the value bytes, or null
 * @param timestamp the record's time
 */
public record ScenarioRecord(String topic, byte[] key, byte[] value, Instant timestamp) {

    public ScenarioRecord {
        requireNonNull(topic, "topic");
        requireNonNull(timestamp, "timestamp");
    }
}
