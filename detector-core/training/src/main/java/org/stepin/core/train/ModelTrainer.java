package org.stepin.core.train;

import org.stepin.core.classify.FeatureExtractor;
import org.stepin.core.classify.TrainingConfig;
import org.stepin.core.classify.Classifier;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import org.stepin.core.lexicon.Lexicon;
import org.stepin.core.text.Analyzer;

/**
 * Trains the maxent categorizer on labelled messages ({@link LabelledMessage#stepInLabel()}: a category
 * at MODERATE or above, otherwise none) and serialises it. The model is written with
 * OpenNLP's plain binary model writer (no zip, no manifest, no timestamp), training runs on one thread
 * and in memory, so the same messages and configuration give the same bytes. Features that contain an
 * excluded word (the lexicon's identity terms) are left out of training, so the model has no weight for
 * them and cannot learn that naming an identity is a risk. Immutable and thread-safe.
 */
public final class ModelTrainer {
    private final Analyzer analyzer;
    private final TrainingConfig config;
    private final FeatureExtractor extractor;
    private final Set<String> excludedWords;

    /** A trainer that analyses messages with {@code analyzer} and trains with {@code config} on every word. */
    public ModelTrainer(Analyzer analyzer, TrainingConfig config) {
        this(analyzer, config, Set.of());
    }

    /**
     * A trainer that analyses messages with {@code analyzer}, trains with {@code config} and leaves out every
     * feature that contains one of {@code excludedWords} (lemmas).
     */
    public ModelTrainer(Analyzer analyzer, TrainingConfig config, Set<String> excludedWords) {
        this.analyzer = requireNonNull(analyzer, "analyzer");
        this.config = requireNonNull(config, "config");
        this.extractor = new FeatureExtractor(config.features());
        this.excludedWords = Set.copyOf(excludedWords);
    }

    /** The product's trainer for {@code lexicon}: its analyzer, and its identity terms left out. */
    public static ModelTrainer forLexicon(Lexicon lexicon, TrainingConfig config) {
        return new ModelTrainer(lexicon.analyzer(), config, lexicon.identityTerms());
    }

    public TrainingConfig config() {
        return config;
    }

    /** Trains a classifier on {@code messages}, in memory. */
    public Classifier trainClassifier(List<LabelledMessage> messages) {
        return Classifier.unserialised(train(messages), config.features());
    }

    /** Trains on {@code messages} and returns the serialised model. */
    public byte[] trainBytes(List<LabelledMessage> messages) {
        return serialise(train(messages));
    }

    private MaxentModel train(List<LabelledMessage> messages) {
        requireNonNull(messages, "messages");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("no messages to train on");
        }
        List<Event> events = new ArrayList<>(messages.size());
        for (LabelledMessage message : messages) {
            String[] features = extractor.extract(analyzer.analyze(message.text()));
            events.add(new Event(message.stepInLabel(), withoutExcluded(features)));
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(config.parameters(), null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
    }

    private String[] withoutExcluded(String[] features) {
        if (excludedWords.isEmpty()) {
            return features;
        }
        List<String> kept = new ArrayList<>(features.length);
        for (String feature : features) {
            if (!mentionsExcluded(feature)) {
                kept.add(feature);
            }
        }
        return kept.toArray(new String[0]);
    }

    private boolean mentionsExcluded(String feature) {
        if (feature.startsWith(FeatureExtractor.WORD)) {
            return excludedWords.contains(feature.substring(FeatureExtractor.WORD.length()));
        }
        if (feature.startsWith(FeatureExtractor.PAIR)) {
            String pair = feature.substring(FeatureExtractor.PAIR.length());
            int space = pair.indexOf(' ');
            return excludedWords.contains(pair.substring(0, space))
                    || excludedWords.contains(pair.substring(space + 1));
        }
        return false;
    }

    private static byte[] serialise(MaxentModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(bytes)).persist();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the model", e);
        }
        return bytes.toByteArray();
    }
}
