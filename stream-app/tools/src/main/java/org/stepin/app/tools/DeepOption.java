package org.stepin.app.tools;

import java.time.Duration;
import org.stepin.core.Assessor;
import org.stepin.core.Detector;
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

    /** The analyst commands' assessor: {@code detector}'s fast tier, with the deep tier on with {@code --deep}. */
    Assessor assessor(Detector detector) {
        return DeepTier.create(detector, ANALYST.withEnabled(deep), DeepListener.NONE);
    }
}
