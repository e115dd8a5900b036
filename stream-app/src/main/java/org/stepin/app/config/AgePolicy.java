package org.stepin.app.config;

import java.util.Locale;
import java.util.Map;

/**
 * Platforms' minimum ages. A consent record for a young person certainly below the minimum age of a platform it
 * covers gives a supervisor alert and no scoring.
 *
 * @param defaultMinimumAge the minimum age of platforms not listed
 * @param minimumAgeByPlatform minimum ages by lower-case platform name
 */
public record AgePolicy(int defaultMinimumAge, Map<String, Integer> minimumAgeByPlatform) {

    public AgePolicy {
        minimumAgeByPlatform = Map.copyOf(minimumAgeByPlatform);
    }

    /** The minimum age on {@code platform}. */
    public int minimumAge(String platform) {
        return minimumAgeByPlatform.getOrDefault(platform.toLowerCase(Locale.ROOT), defaultMinimumAge);
    }
}
