package org.stepin.app.evaluate.scorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.stepin.core.Detector;

/**
 * The scorers the evaluation knows, by name, in table order. A new tier (e.g. {@code stepin-fast},
 * {@code stepin-deep}) is one more entry in {@link #standard}. Immutable.
 */
public final class Scorers {
    /** The scorer every gate is about. */
    public static final String STEPIN = "stepin";
    /** stepin's rules tier alone, beside the full detector: the ablation of the learned tier. */
    public static final String STEPIN_RULES = "stepin-rules";
    /** The sentiment peer the C-SSRS gate compares against. */
    public static final String VADER = "vader";

    private final Map<String, Supplier<Scorer>> factories;

    private Scorers(Map<String, Supplier<Scorer>> factories) {
        this.factories = factories;
    }

    /**
     * stepin over {@code detector}; with a learned tier also its rules alone ({@value #STEPIN_RULES}); VADER
     * and the keyword list.
     */
    public static Scorers standard(Detector detector) {
        Map<String, Supplier<Scorer>> factories = new LinkedHashMap<>();
        if (detector.hasLearnedTier()) {
            factories.put(STEPIN, () -> new LearnedStepinScorer(STEPIN, detector));
            factories.put(STEPIN_RULES, () -> new StepinScorer(STEPIN_RULES, detector.rulesOnly()));
        } else {
            factories.put(STEPIN, () -> new StepinScorer(STEPIN, detector));
        }
        factories.put(VADER, VaderScorer::new);
        factories.put("keywords", KeywordScorer::new);
        return new Scorers(Collections.unmodifiableMap(factories));
    }

    /** The known names, in table order. */
    public Set<String> names() {
        return factories.keySet();
    }

    /**
     * The scorers named, in table order.
     *
     * @throws IllegalArgumentException naming an unknown scorer
     */
    public List<Scorer> select(Set<String> names) {
        for (String name : names) {
            if (!factories.containsKey(name)) {
                throw new IllegalArgumentException("unknown scorer '" + name + "' (known: "
                        + String.join(", ", factories.keySet()) + ")");
            }
        }
        List<Scorer> selected = new ArrayList<>();
        factories.forEach((name, factory) -> {
            if (names.contains(name)) {
                selected.add(factory.get());
            }
        });
        return List.copyOf(selected);
    }
}
