package org.stepin.app.evaluate.scorer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Evidence;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;
import org.stepin.core.score.SeverityPolicy;

/**
 * stepin's detector as a scorer. Risk score = severity ordinal (0-4) + the highest category score
 * (0-1), so it orders by severity first and by score within a severity; alert = MODERATE or above.
 * With a focus (e.g. harassment), severity and score are those of the focused categories only, by the
 * detector's own {@link SeverityPolicy}. Thread-safe.
 */
public final class StepinScorer implements Scorer {
    private final String name;
    private final Detector detector;
    private final SeverityPolicy policy = SeverityPolicy.defaults();

    /** A scorer named {@code name} over {@code detector}. */
    public StepinScorer(String name, Detector detector) {
        this.name = requireNonNull(name, "name");
        this.detector = requireNonNull(detector, "detector");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String rule() {
        return "risk = severity ordinal (NONE 0 .. IMMINENT 4) + highest category score; alert at >= MODERATE";
    }

    @Override
    public Risk score(Message message) {
        Assessment assessment = detector.assess(message.text(), message.direction());
        Severity severity = assessment.severity();
        Category top = null;
        double topScore = 0;
        for (Map.Entry<Category, Double> entry : assessment.scores().entrySet()) {
            boolean inFocus = message.focus().isEmpty() || message.focus().contains(entry.getKey());
            if (inFocus && (entry.getValue() > topScore
                    || entry.getValue() == topScore && top != null && entry.getKey().compareTo(top) < 0)) {
                top = entry.getKey();
                topScore = entry.getValue();
            }
        }
        if (!message.focus().isEmpty()) {
            severity = Severity.NONE;
            for (Category category : message.focus()) {
                Severity own = policy.severity(category, assessment.score(category));
                severity = own.compareTo(severity) > 0 ? own : severity;
            }
        }
        List<String> evidence = new ArrayList<>();
        for (Evidence item : assessment.evidence()) {
            if (message.focus().isEmpty() || message.focus().contains(item.category())) {
                evidence.add(message.text().substring(item.start(), item.end()) + " (" + item.category().id()
                        + (item.marks().isEmpty() ? "" : ", " + item.marks().get(0).id()) + ")");
            }
        }
        return new Risk(severity.ordinal() + topScore, severity.atLeast(Severity.MODERATE), Optional.of(severity),
                Optional.ofNullable(top), evidence, assessment.truncated());
    }
}
