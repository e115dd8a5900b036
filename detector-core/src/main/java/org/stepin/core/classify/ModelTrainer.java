package org.stepin.core.classify;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import org.stepin.core.text.Analyzer;

/**
 * Trains the maxent categorizer on labelled messages and serialises it. The model is written with
 * OpenNLP's plain binary model writer (no zip, no manifest, no timestamp), training runs on one thread
 * and in memory, so the same messages and configuration give the same bytes. Immutable and
 * thread-safe.
 */
public final class ModelTrainer {
    private final Analyzer analyzer;
    private final TrainingConfig config;
    private final FeatureExtractor extractor;

    /** A trainer that analyses messages with {@code analyzer} and trains with {@code config}. */
    public ModelTrainer(Analyzer analyzer, TrainingConfig config) {
        this.analyzer = requireNonNull(analyzer, "analyzer");
        this.config = requireNonNull(config, "config");
        this.extractor = new FeatureExtractor(config.features());
    }

    /** The training configuration. */
    public TrainingConfig config() {
        return config;
    }

    /** Trains a classifier on {@code messages}, in memory. */
    public Classifier trainClassifier(List<LabelledMessage> messages) {
        return new Classifier(train(messages), extractor, "doccat-1+unserialised");
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
            events.add(new Event(message.label(), extractor.extract(analyzer.analyze(message.text()))));
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(config.parameters(), null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
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
