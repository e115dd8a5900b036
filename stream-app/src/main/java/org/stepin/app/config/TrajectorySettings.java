package org.stepin.app.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How a youth's recent signals add up. Each assessment at LOW or above is kept for {@code window} (at most
 * {@code maxEntries} of them) and counts with a weight by severity (LOW 0.25, MODERATE 1, HIGH 2) that halves
 * every {@code halfLife}. Messages less than {@code burst} after the previous signal are one signal (a
 * conversation, at its strongest), so a rant split over several messages does not count several times. The
 * decayed sum reaching {@code moderateAt} or {@code highAt} raises the trajectory to that severity.
 *
 * @param window how long a signal is kept
 * @param burst signals closer together than this are merged
 * @param maxEntries the most signals kept per youth
 * @param halfLife how fast a signal's weight fades
 * @param moderateAt decayed sum for MODERATE
 * @param highAt decayed sum for HIGH
 */
public record TrajectorySettings(Duration window, Duration burst, int maxEntries, Duration halfLife, double moderateAt,
                                 double highAt) {

    public TrajectorySettings {
        requireNonNull(window, "window");
        requireNonNull(burst, "burst");
        requireNonNull(halfLife, "halfLife");
    }
}
