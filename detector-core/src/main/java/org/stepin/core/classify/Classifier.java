package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.stepin.core.lexicon.Category;
import org.stepin.core.text.AnalyzedText;

/**
 * The fast learned tier: per-category probabilities for an analysed message, from a maxent model
 * trained on the team's seed corpus by the build. It reads the same analysed tokens as the rules tier;
 * analyse messages with the analyzer of the lexicon the model was trained with
 * ({@link ModelMetadata#lexiconVersion()}). Immutable and thread-safe: one instance serves every thread,
 * and {@link #packaged()} loads the packaged model once.
 */
public final class Classifier {
    /** Where the build writes the model, on the class path. */
    public static final String MODEL_RESOURCE = "stepin/model/classifier.bin";
    /** Where the build writes the model's metadata, on the class path. */
    public static final String METADATA_RESOURCE = "stepin/model/classifier.properties";
    /** Prefix of every version string; bump it when the feature code changes meaning. */
    public static final String VERSION_PREFIX = "doccat-1";

    private static final Category[] CATEGORIES = Category.values();

    private final MaxentModel model;
    private final FeatureExtractor extractor;
    private final CompiledModel compiled;
    private final String version;

    Classifier(MaxentModel model, FeatureExtractor extractor, String version) {
        this.model = requireNonNull(model, "model");
        this.extractor = requireNonNull(extractor, "extractor");
        this.version = requireNonNull(version, "version");
        this.compiled = CompiledModel.of(model, extractor.features());
    }

    /**
     * A classifier over a model trained in memory and never serialised; its version says so, since only bytes
     * have a hash.
     */
    public static Classifier unserialised(MaxentModel model, FeatureSet features) {
        return new Classifier(requireNonNull(model, "model"), new FeatureExtractor(features),
                VERSION_PREFIX + "+unserialised");
    }

    /** The model packaged with the application, loaded on first use. */
    public static Classifier packaged() {
        return Packaged.INSTANCE;
    }

    /**
     * A classifier over serialised model bytes (as written by the training module's {@code ModelTrainer.trainBytes}).
     *
     * @param modelBytes the model
     * @param features the feature set the model was trained with
     * @throws IllegalArgumentException when the bytes are not a model or name an unknown category
     */
    public static Classifier fromBytes(byte[] modelBytes, FeatureSet features) {
        requireNonNull(modelBytes, "modelBytes");
        MaxentModel model;
        try (InputStream in = new ByteArrayInputStream(modelBytes)) {
            model = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a classifier model: " + e.getMessage(), e);
        }
        return new Classifier(model, new FeatureExtractor(features), versionOf(modelBytes));
    }

    /** The version string of a serialised model: {@code doccat-1+sha256.<first 12 hex of its bytes>}. */
    public static String versionOf(byte[] modelBytes) {
        return VERSION_PREFIX + "+sha256." + Sha256.hex(modelBytes).substring(0, 12);
    }

    /** The model version, for assessments and alerts. */
    public String version() {
        return version;
    }

    /** The feature set the model reads. */
    public FeatureSet features() {
        return extractor.features();
    }

    /** The probability of each category and of "none" for {@code text}; they sum to 1. */
    public Probabilities probabilities(AnalyzedText text) {
        return compiled.probabilities(requireNonNull(text, "text"));
    }

    /** The same probabilities through OpenNLP's own evaluation of feature strings: the reference. */
    Probabilities referenceProbabilities(AnalyzedText text) {
        double[] raw = model.eval(extractor.extract(text), new double[model.getNumOutcomes()]);
        double[] out = new double[CATEGORIES.length + 1];
        for (int i = 0; i < raw.length; i++) {
            String outcome = model.getOutcome(i);
            out[Probabilities.NONE_LABEL.equals(outcome) ? CATEGORIES.length : Category.fromId(outcome).ordinal()] =
                    raw[i];
        }
        return Probabilities.of(out);
    }

    /** Lazy holder: the packaged model is read once, on first use. */
    private static final class Packaged {
        static final Classifier INSTANCE = load();

        private static Classifier load() {
            ModelMetadata metadata = ModelMetadata.parse(readResource(METADATA_RESOURCE));
            return fromBytes(readResource(MODEL_RESOURCE), metadata.config().features());
        }

        private static byte[] readResource(String name) {
            try (InputStream in = Classifier.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("classifier model missing from the class path: " + name
                            + " (the build trains it in process-classes)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }
}
