package org.stepin.app.bench;

/**
 * One timed run at a fixed rate.
 *
 * @param topology which topology ran
 * @param sent what was sent
 * @param endToEnd from an event's due time to its output read committed
 * @param emitted from an event's due time to the pipeline emitting its alert (before the commit), or null for
 *                the no-op
 * @param outputs outputs read that name a timed event (warm-up included)
 * @param expected outputs expected: one alert per probe, or one copy per message
 * @param load the machine's load average when the run ended
 */
record LatencyRun(String topology, Sent sent, Latency endToEnd, Latency emitted, long outputs, long expected,
                  String load) {
}
