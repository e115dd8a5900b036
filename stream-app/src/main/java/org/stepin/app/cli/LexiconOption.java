package org.stepin.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.stepin.core.Detector;
import org.stepin.core.lexicon.LexiconLoader;
import org.stepin.core.lexicon.LexiconSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --lexicons DIR} option shared by the analyst commands: packaged lexicons unless given. */
final class LexiconOption {
    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Lexicon folder to use instead of the packaged one (e.g. ./lexicons while editing).")
    private Path directory;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    /** A detector over the chosen lexicons. */
    Detector detector() {
        if (directory == null) {
            return Detector.packaged();
        }
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--lexicons: not a folder: " + directory);
        }
        return Detector.create(new LexiconLoader(LexiconSource.directory(directory)).load());
    }
}
