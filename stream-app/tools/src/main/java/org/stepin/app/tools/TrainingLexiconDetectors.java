package org.stepin.app.tools;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.stepin.app.cli.LexiconDetectorFactory;
import org.stepin.core.Detector;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.lexicon.LexiconLoader;
import org.stepin.core.lexicon.LexiconSource;
import org.stepin.core.train.LearnedTierTrainer;
import org.stepin.core.train.SeedCorpus;

/**
 * {@code --lexicons DIR} in the analyst tools: the folder's lexicons, and the learned tier trained in memory on its
 * seed corpus ({@code DIR/corpus}) exactly as the build trains the packaged one, so the analyst sees what
 * production would run. Registered for {@link java.util.ServiceLoader}. Stateless.
 */
public final class TrainingLexiconDetectors implements LexiconDetectorFactory {
    /** Where a lexicon folder keeps its labelled seed corpus. */
    static final String CORPUS_FOLDER = "corpus";

    @Override
    public Detector detector(Path folder, PrintWriter err) {
        Lexicon lexicon = new LexiconLoader(LexiconSource.directory(folder)).load();
        Path corpusFolder = folder.resolve(CORPUS_FOLDER);
        if (!Files.isDirectory(corpusFolder)) {
            throw new IllegalArgumentException(folder + " has no " + CORPUS_FOLDER
                    + "/ folder with the seed corpus the learned tier is trained on");
        }
        SeedCorpus corpus = SeedCorpus.fromFolder(corpusFolder);
        long start = System.nanoTime();
        Detector detector = LearnedTierTrainer.detectorAsBuilt(corpus.messages(), lexicon);
        err.printf(Locale.ROOT, "detector: learned tier trained on %s (%d messages) in %.1f s, model %s%n",
                corpusFolder, corpus.messages().size(), (System.nanoTime() - start) / 1e9, detector.modelVersion());
        err.flush();
        return detector;
    }
}
