package org.stepin.core.train;

import org.stepin.core.combine.CombinerModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stepin.core.classify.Classifier;
import org.stepin.core.lexicon.Lexicon;

/**
 * The build's combiner step (exec-maven-plugin, phase {@code process-classes}, after the classifier is
 * trained): out-of-fold classifier probabilities on the seed corpus ({@value CrossValidation#FOLDS} folds,
 * seed {@value CrossValidation#SEED}, same trainer as the packaged classifier), then
 * {@link CombinerTrainer#fit}, written to {@code combiner.properties} in the directory given as the only
 * argument. Prints nothing; fails the build by throwing.
 */
public final class FitCombiner {
    private FitCombiner() {
    }

    /**
     * Fits and writes the combiner.
     *
     * @param args the output directory
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FitCombiner <output directory>");
        }
        CombinerModel model = fitPackaged();
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        String name = CombinerModel.RESOURCE.substring(CombinerModel.RESOURCE.lastIndexOf('/') + 1);
        Files.writeString(directory.resolve(name), model.format(), StandardCharsets.UTF_8);
    }

    /** The combiner fitted on the packaged corpus, lexicon and classifier configuration. */
    public static CombinerModel fitPackaged() {
        return LearnedTierTrainer.combinerFor(SeedCorpus.packaged().messages(), Lexicon.packaged(),
                Classifier.packaged().version());
    }
}
