package org.stepin.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.stepin.core.Detector;

/**
 * Builds the detector production would run from a lexicon folder an analyst is editing: its lexicons, and the
 * learned tier trained from them and the folder's seed corpus as the build trains it. Training is a tool, not
 * part of the runtime: the analyst tools ({@code stream-app-tools}) provide the one implementation, found with
 * {@link java.util.ServiceLoader}; without them {@code --lexicons} is refused with a clear message.
 */
public interface LexiconDetectorFactory {
    /**
     * The detector for {@code folder}, with what it did written to {@code err}.
     *
     * @throws IllegalArgumentException naming what is missing when the folder cannot be trained from
     */
    Detector detector(Path folder, PrintWriter err);
}
