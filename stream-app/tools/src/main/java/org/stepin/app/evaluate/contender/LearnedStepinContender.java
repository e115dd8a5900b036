package org.stepin.app.evaluate.contender;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepin.core.Detector;
import org.stepin.core.train.LabelledMessage;
import org.stepin.core.train.LearnedTierTrainer;
import org.stepin.core.deep.DeepSettings;

/**
 * stepin with its learned tier (rules, classifier and combiner), as a trainable contender: on the seed
 * corpus, which the packaged classifier was trained on, each fold is scored by a detector whose classifier
 * and combiner were trained on the other folds only, exactly as the build trains them. Elsewhere it scores
 * like {@link StepinContender}, with the deep tier behind it when asked. Thread-safe.
 */
public final class LearnedStepinContender implements TrainableContender {
    private final StepinContender stepin;
    private final Detector detector;
    private final Optional<DeepSettings> deep;

    /**
     * A contender named {@code name} over {@code detector}, which has a learned tier, and the deep tier if
     * given.
     */
    public LearnedStepinContender(String name, Detector detector, Optional<DeepSettings> deep) {
        this.detector = requireNonNull(detector, "detector");
        this.deep = requireNonNull(deep, "deep");
        if (!detector.hasLearnedTier()) {
            throw new IllegalArgumentException("detector has no learned tier");
        }
        this.stepin = stepin(name, detector);
    }

    private StepinContender stepin(String name, Detector over) {
        return deep.map(settings -> new StepinContender(name, over, settings))
                .orElseGet(() -> new StepinContender(name, over));
    }

    @Override
    public String name() {
        return stepin.name();
    }

    @Override
    public String rule() {
        return stepin.rule() + "; rules, classifier and combiner";
    }

    @Override
    public Risk score(Message message) {
        return stepin.score(message);
    }

    @Override
    public List<String> drainNotes() {
        return stepin.drainNotes();
    }

    @Override
    public Contender trainedOn(List<Example> examples) {
        List<LabelledMessage> labelled = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            labelled.add(new LabelledMessage("cv" + i, example.label(), example.severity(), "none",
                    example.message().text()));
        }
        return stepin(name(), LearnedTierTrainer.detectorTrainedOn(labelled, detector.lexicon()));
    }
}
