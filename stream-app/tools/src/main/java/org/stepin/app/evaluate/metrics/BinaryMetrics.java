package org.stepin.app.evaluate.metrics;

import java.util.List;
import org.stepin.core.eval.Confusion;

/**
 * Everything measured for one contender on one binary task: the confusion table at its alert threshold,
 * ROC-AUC, average precision and both curves. Immutable.
 *
 * @param confusion counts at the contender's alert threshold
 * @param rocAuc ROC-AUC of the risk score, NaN when a class is missing
 * @param averagePrecision area under the precision-recall curve, NaN without positives
 * @param roc the ROC curve
 * @param precisionRecall the precision-recall curve
 */
public record BinaryMetrics(Confusion confusion, double rocAuc, double averagePrecision, List<CurvePoint> roc,
                            List<CurvePoint> precisionRecall) {

    public BinaryMetrics {
        roc = List.copyOf(roc);
        precisionRecall = List.copyOf(precisionRecall);
    }

    public static BinaryMetrics of(List<Prediction> predictions) {
        return new BinaryMetrics(Confusion.count(predictions, Prediction::alert, Prediction::positive),
                RankMetrics.rocAuc(predictions), RankMetrics.averagePrecision(predictions),
                RankMetrics.rocCurve(predictions), RankMetrics.precisionRecallCurve(predictions));
    }
}
