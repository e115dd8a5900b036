package org.stepin.app.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.stepin.core.score.Severity;

/**
 * When to alert and when to hold back.
 *
 * @param threshold the lowest severity that alerts (IMMINENT always alerts)
 * @param suppression after an alert, repeats of the same or lower severity for that youth stay quiet this long
 */
public record AlertSettings(Severity threshold, Duration suppression) {

    public AlertSettings {
        requireNonNull(threshold, "threshold");
        requireNonNull(suppression, "suppression");
    }
}
