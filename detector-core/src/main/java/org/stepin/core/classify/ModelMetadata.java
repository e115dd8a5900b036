package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * What the packaged model was trained from and with, written beside it as
 * {@code classifier.properties}. The file is written line by line in a fixed order with no date
 * comment, so it is as reproducible as the model. Immutable.
 *
 * @param modelVersion the model's version ({@link Classifier#versionOf})
 * @param config the training parameters and feature set
 * @param corpusSha256 SHA-256 over the seed corpus files
 * @param messages number of training messages
 * @param lexiconVersion version of the lexicon whose analyzer produced the training tokens
 */
public record ModelMetadata(String modelVersion, TrainingConfig config, String corpusSha256, int messages,
                            String lexiconVersion) {

    public ModelMetadata {
        requireNonNull(modelVersion, "modelVersion");
        requireNonNull(config, "config");
        requireNonNull(corpusSha256, "corpusSha256");
        requireNonNull(lexiconVersion, "lexiconVersion");
    }

    /** The file's bytes: a header comment and one {@code key=value} line per field, in a fixed order. */
    public byte[] format() {
        StringBuilder out = new StringBuilder()
                .append("# stepin classifier metadata, written by the build (TrainModel); do not edit\n")
                .append("model.version=").append(modelVersion).append('\n');
        for (Map.Entry<String, String> entry : config.describe().entrySet()) {
            out.append("training.").append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        out.append("corpus.sha256=").append(corpusSha256).append('\n')
                .append("corpus.messages=").append(messages).append('\n')
                .append("lexicon.version=").append(lexiconVersion).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the bytes written by {@link #format()}.
     *
     * @throws IllegalArgumentException naming the key that is missing or bad
     */
    public static ModelMetadata parse(byte[] bytes) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(requireNonNull(bytes, "bytes"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TrainingConfig config = new TrainingConfig(get(properties, "training.algorithm"),
                Integer.parseInt(get(properties, "training.iterations")),
                Integer.parseInt(get(properties, "training.cutoff")),
                Double.parseDouble(get(properties, "training.l2")),
                FeatureSet.parse(get(properties, "training.features")));
        return new ModelMetadata(get(properties, "model.version"), config, get(properties, "corpus.sha256"),
                Integer.parseInt(get(properties, "corpus.messages")), get(properties, "lexicon.version"));
    }

    private static String get(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("classifier metadata lacks '" + key + "'");
        }
        return value.trim();
    }
}
