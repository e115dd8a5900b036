package org.stepin.app.cli;

import java.time.Duration;
import java.util.function.BiFunction;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.deep.DeepListener;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.deep.DeepTier;
import picocli.CommandLine.Option;

/** The {@code --deep} option of the analyst commands: the deep tier behind the fast tier, waiting for its parser. */
final class DeepOption {
    private static final DeepSettings ANALYST = new DeepSettings(true, 1, Duration.ofMinutes(2));

    @Option(names = "--deep", description = "Also run the deep tier (CoreNLP dependency parse) where the fast tier is"
            + " uncertain; loads its model (seconds) on the first such message and needs about 1.5 GB of heap"
            + " (./detector gives it).")
    private boolean deep;

    /** How to assess a message: the fast tier, or the fast then the deep tier with {@code --deep}. */
    BiFunction<String, Direction, Assessment> assessor(Detector detector) {
        if (!deep) {
            return detector::assess;
        }
        DeepTier tier = DeepTier.create(detector, ANALYST, DeepListener.NONE);
        return (text, direction) -> tier.assess(text, direction).assessment();
    }
}
