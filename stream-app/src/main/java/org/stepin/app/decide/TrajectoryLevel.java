package org.stepin.app.decide;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.stepin.core.score.Severity;

/**
 * Where a youth's recent signals add up to.
 *
 * @param score the decayed sum of the signals' weights
 * @param severity the severity that sum reaches (NONE below the MODERATE level)
 * @param contributing the signals counted, oldest first
 */
public record TrajectoryLevel(double score, Severity severity, List<Signal> contributing) {

    public TrajectoryLevel {
        requireNonNull(severity, "severity");
        contributing = List.copyOf(contributing);
    }
}
