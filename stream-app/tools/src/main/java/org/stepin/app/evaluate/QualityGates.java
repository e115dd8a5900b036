package org.stepin.app.evaluate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stepin.app.evaluate.contender.Contenders;
import org.stepin.app.evaluate.dataset.CssrsLabel;
import org.stepin.app.evaluate.dataset.Dataset;

/**
 * The quality stepin must reach before it may alert anyone, in one place. Raise a threshold when the
 * detector earns it; never lower one to make a build pass.
 */
public final class QualityGates {
    /** C-SSRS: share of Behavior and Attempt users whose posts reach HIGH or above, at least. */
    public static final double CSSRS_BEHAVIOR_ATTEMPT_HIGH_MIN = 0.85;
    /** C-SSRS: share of Supportive users whose posts reach MODERATE or above, at most. */
    public static final double CSSRS_SUPPORTIVE_MODERATE_MAX = 0.30;
    /** C-SSRS: stepin's ROC-AUC (Ideation/Behavior/Attempt vs Supportive) must beat VADER's by this much. */
    public static final double CSSRS_AUC_MARGIN_OVER_VADER = 0.10;
    /** GoEmotions dev: alert rate (MODERATE or above) on comments without a distress label, at most. */
    public static final double GOEMOTIONS_EVERYDAY_ALERT_MAX = 0.02;

    /** The data sets the gates need. */
    public static final Set<Dataset> DATASETS = Set.of(Dataset.CSSRS, Dataset.GOEMOTIONS);
    /** The contenders the gates need. */
    public static final Set<String> CONTENDERS = Set.of(Contenders.STEPIN, Contenders.VADER);

    private QualityGates() {
    }

    /** Every gate, measured on {@code results}; a gate whose data was not evaluated fails. */
    public static List<GateResult> check(List<DatasetResult> results) {
        Optional<DatasetResult> cssrs = find(results, Dataset.CSSRS);
        Optional<DatasetResult> goemotions = find(results, Dataset.GOEMOTIONS);
        double vaderAuc = cssrs.flatMap(result -> result.row(Contenders.VADER))
                .map(row -> row.metrics().rocAuc()).orElse(Double.NaN);
        return List.of(
                new GateResult("C-SSRS: Behavior + Attempt users reaching >= HIGH", ">=",
                        CSSRS_BEHAVIOR_ATTEMPT_HIGH_MIN, cssrs.map(result -> shareHigh(result,
                        Set.of(CssrsLabel.BEHAVIOR, CssrsLabel.ATTEMPT))).orElse(Double.NaN)),
                new GateResult("C-SSRS: Supportive users reaching >= MODERATE", "<=",
                        CSSRS_SUPPORTIVE_MODERATE_MAX, cssrs.map(QualityGates::supportiveModerate)
                        .orElse(Double.NaN)),
                new GateResult("C-SSRS: ROC-AUC (Ideation/Behavior/Attempt vs Supportive) >= VADER's + "
                        + CSSRS_AUC_MARGIN_OVER_VADER, ">=", vaderAuc + CSSRS_AUC_MARGIN_OVER_VADER,
                        cssrs.flatMap(result -> result.row(Contenders.STEPIN)).map(row -> row.metrics().rocAuc())
                                .orElse(Double.NaN)),
                new GateResult("GoEmotions dev: alert rate (>= MODERATE) on everyday comments", "<=",
                        GOEMOTIONS_EVERYDAY_ALERT_MAX, goemotions.flatMap(result -> result.row(Contenders.STEPIN))
                        .map(row -> row.metrics().confusion().falsePositiveRate()).orElse(Double.NaN)));
    }

    private static Optional<DatasetResult> find(List<DatasetResult> results, Dataset dataset) {
        return results.stream().filter(result -> result.dataset() == dataset).findFirst();
    }

    private static double shareHigh(DatasetResult cssrs, Set<CssrsLabel> labels) {
        double reached = 0;
        int users = 0;
        for (EscalationRow row : cssrs.escalation()) {
            if (row.contender().equals(Contenders.STEPIN) && labels.contains(row.label()) && row.users() > 0) {
                reached += row.high() * row.users();
                users += row.users();
            }
        }
        return users == 0 ? Double.NaN : reached / users;
    }

    private static double supportiveModerate(DatasetResult cssrs) {
        return cssrs.escalation().stream()
                .filter(row -> row.contender().equals(Contenders.STEPIN) && row.label() == CssrsLabel.SUPPORTIVE)
                .map(EscalationRow::moderate).findFirst().orElse(Double.NaN);
    }
}
