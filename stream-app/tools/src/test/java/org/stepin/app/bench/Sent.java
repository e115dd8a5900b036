package org.stepin.app.bench;

/**
 * What a timed run sent.
 *
 * @param messages messages sent
 * @param probes of which risk messages from probe youths (each should alert)
 * @param seconds from the first due time to the last send
 * @param maxLagMillis the furthest the sender fell behind its schedule
 * @param failed sends the broker did not acknowledge
 */
record Sent(long messages, long probes, double seconds, double maxLagMillis, long failed) {

    /** Messages a second actually sent. */
    double perSecond() {
        return messages / seconds;
    }
}
