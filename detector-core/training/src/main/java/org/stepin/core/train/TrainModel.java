package org.stepin.core.train;

import org.stepin.core.classify.TrainingConfig;
import org.stepin.core.classify.ModelMetadata;
import org.stepin.core.classify.Classifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stepin.core.lexicon.Lexicon;

/**
 * The build's training step (exec-maven-plugin, phase {@code process-classes}): trains the classifier
 * on the packaged seed corpus with {@link TrainingConfig#DEFAULT} and writes {@code classifier.bin}
 * and {@code classifier.properties} into the directory given as the only argument (the build passes
 * {@code target/classes/stepin/model}). Prints nothing; fails the build by throwing.
 */
public final class TrainModel {
    private TrainModel() {
    }

    /**
     * Trains and writes the model.
     *
     * @param args the output directory
     * @throws IOException when the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TrainModel <output directory>");
        }
        write(Path.of(args[0]), Lexicon.packaged(), SeedCorpus.packaged(), TrainingConfig.DEFAULT);
    }

    /** Trains on {@code corpus} and writes the model and its metadata into {@code directory}. */
    static ModelMetadata write(Path directory, Lexicon lexicon, SeedCorpus corpus, TrainingConfig config)
            throws IOException {
        byte[] model = ModelTrainer.forLexicon(lexicon, config).trainBytes(corpus.messages());
        ModelMetadata metadata = new ModelMetadata(Classifier.versionOf(model), config, corpus.sha256(),
                corpus.messages().size(), lexicon.version().toString());
        Files.createDirectories(directory);
        Files.write(directory.resolve(fileName(Classifier.MODEL_RESOURCE)), model);
        Files.write(directory.resolve(fileName(Classifier.METADATA_RESOURCE)), metadata.format());
        return metadata;
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
