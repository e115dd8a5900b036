package org.stepin.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.stepin.core.Detector;
import org.stepin.core.train.SeedCorpus;
import org.stepin.core.train.LearnedTierTrainer;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.lexicon.LexiconLoader;
import org.stepin.core.lexicon.LexiconSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --lexicons DIR} option shared by the analyst commands. Without it, the packaged detector. With it,
 * the detector production would build from that folder: its lexicons, and the learned tier (classifier and
 * combiner) trained in memory, as the build trains it, on the folder's own seed corpus ({@code DIR/corpus}).
 */
final class LexiconOption {
    /** Where a lexicon folder keeps its labelled seed corpus. */
    static final String CORPUS_FOLDER = "corpus";

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "Lexicon folder to use instead of the packaged one (e.g. ./lexicons while editing); the"
                    + " learned tier is trained from it and its corpus/ in memory (seconds), as the build does.")
    private Path directory;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    /** A detector over the chosen lexicons, with its learned tier. */
    Detector detector() {
        if (directory == null) {
            return Detector.packaged();
        }
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lexicons: not a folder: " + directory);
        }
        Lexicon lexicon = new LexiconLoader(LexiconSource.directory(directory)).load();
        Path corpusFolder = directory.resolve(CORPUS_FOLDER);
        if (!Files.isDirectory(corpusFolder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lexicons: " + directory
                    + " has no " + CORPUS_FOLDER + "/ folder with the seed corpus the learned tier is trained on");
        }
        SeedCorpus corpus = SeedCorpus.fromFolder(corpusFolder);
        long start = System.nanoTime();
        Detector detector = LearnedTierTrainer.detectorAsBuilt(corpus.messages(), lexicon);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "detector: learned tier trained on %s (%d messages) in %.1f s, model %s%n",
                corpusFolder, corpus.messages().size(), (System.nanoTime() - start) / 1e9, detector.modelVersion());
        err.flush();
        return detector;
    }
}
