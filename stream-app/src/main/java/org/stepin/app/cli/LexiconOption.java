package org.stepin.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.stepin.core.Detector;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --lexicons DIR} option of {@code run} and the analyst commands. Without it, the packaged detector.
 * With it, the detector production would build from that folder, with the learned tier trained from it by the
 * {@link LexiconDetectorFactory} of the analyst tools; the runtime jar alone refuses it with a clear message.
 */
public final class LexiconOption {
    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Lexicon folder to use instead of the packaged one (e.g. ./lexicons while editing); the"
                    + " learned tier is trained from it and its corpus/ in memory (seconds), as the build does.")
    private Path directory;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    /** A detector over the chosen lexicons, with its learned tier. */
    public Detector detector() {
        if (directory == null) {
            return Detector.packaged();
        }
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lexicons: not a folder: " + directory);
        }
        LexiconDetectorFactory factory = ServiceLoader.load(LexiconDetectorFactory.class).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--lexicons: training the"
                        + " learned tier from a lexicon folder needs the analyst tools (./detector); this runtime"
                        + " jar runs the packaged lexicons and model"));
        try {
            return factory.detector(directory, spec.commandLine().getErr());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lexicons: " + e.getMessage(), e, null,
                    directory.toString());
        }
    }
}
