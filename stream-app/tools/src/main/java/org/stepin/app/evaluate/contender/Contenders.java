package org.stepin.app.evaluate.contender;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.stepin.core.Detector;
import org.stepin.core.deep.DeepSettings;

/**
 * The contenders the evaluation knows, by name, in table order. {@code stepin} is the detector as it ships
 * (deep tier on or off as {@link DeepSettings#DEFAULT} says); the row after it is the other choice
 * ({@code stepin-deep} when the default is off, {@code stepin-fast} when it is on), so every data set shows the
 * deep tier's ablation. Immutable.
 */
public final class Contenders {
    /** The contender every gate is about: the detector as it ships. */
    public static final String STEPIN = "stepin";
    /** stepin's rules tier alone, beside the full detector: the ablation of the learned tier. */
    public static final String STEPIN_RULES = "stepin-rules";
    /** The detector with the deep tier on. */
    public static final String STEPIN_DEEP = "stepin-deep";
    /** The detector's fast tier alone. */
    public static final String STEPIN_FAST = "stepin-fast";
    /** In the evaluation the deep tier waits for its parser as long as it takes: nothing is skipped as busy. */
    public static final DeepSettings EVALUATION_DEEP = new DeepSettings(true, 1, Duration.ofMinutes(10));
    /** The sentiment peer the C-SSRS gate compares against. */
    public static final String VADER = "vader";

    private final Map<String, Supplier<Contender>> factories;

    private Contenders(Map<String, Supplier<Contender>> factories) {
        this.factories = factories;
    }

    /**
     * stepin over {@code detector} as it ships, then the ablations: its rules tier alone ({@value #STEPIN_RULES},
     * when it has a learned tier) and the other deep-tier choice; VADER and the keyword list.
     */
    public static Contenders standard(Detector detector) {
        Map<String, Supplier<Contender>> factories = new LinkedHashMap<>();
        boolean deepByDefault = DeepSettings.DEFAULT.enabled();
        factories.put(STEPIN, () -> stepin(STEPIN, detector, deepByDefault));
        if (detector.hasLearnedTier()) {
            factories.put(STEPIN_RULES, () -> new StepinContender(STEPIN_RULES, detector.rulesOnly()));
        }
        String other = deepByDefault ? STEPIN_FAST : STEPIN_DEEP;
        factories.put(other, () -> stepin(other, detector, !deepByDefault));
        factories.put(VADER, VaderContender::new);
        factories.put("keywords", KeywordContender::new);
        return new Contenders(Collections.unmodifiableMap(factories));
    }

    private static Contender stepin(String name, Detector detector, boolean deep) {
        Optional<DeepSettings> settings = deep ? Optional.of(EVALUATION_DEEP) : Optional.empty();
        if (detector.hasLearnedTier()) {
            return new LearnedStepinContender(name, detector, settings);
        }
        return deep ? new StepinContender(name, detector, EVALUATION_DEEP) : new StepinContender(name, detector);
    }

    /** The known names, in table order. */
    public Set<String> names() {
        return factories.keySet();
    }

    /**
     * The contenders named, in table order.
     *
     * @throws IllegalArgumentException naming an unknown contender
     */
    public List<Contender> select(Set<String> names) {
        for (String name : names) {
            if (!factories.containsKey(name)) {
                throw new IllegalArgumentException("unknown scorer '" + name + "' (known: "
                        + String.join(", ", factories.keySet()) + ")");
            }
        }
        List<Contender> selected = new ArrayList<>();
        factories.forEach((name, factory) -> {
            if (names.contains(name)) {
                selected.add(factory.get());
            }
        });
        return List.copyOf(selected);
    }
}
