package org.stepin.app.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.dataset.LabelledText;
import org.stepin.app.evaluate.metrics.BinaryMetrics;
import org.stepin.app.evaluate.metrics.Prediction;
import org.stepin.app.evaluate.scorer.Message;
import org.stepin.app.evaluate.scorer.Risk;
import org.stepin.app.evaluate.scorer.Scorer;

/**
 * A data set of single texts with a binary label (GoEmotions, SAD, Davidson): every scorer scores
 * every text; the first scorer's mistakes become the examples.
 */
final class BinaryTask {
    private BinaryTask() {
    }

    static DatasetResult run(Dataset dataset, String task, List<LabelledText> texts,
                             Function<LabelledText, Message> toMessage, List<Scorer> scorers,
                             Progress.Factory progress, List<String> notes) {
        List<ScorerRow> rows = new ArrayList<>();
        List<Example> falsePositives = new ArrayList<>();
        List<Example> falseNegatives = new ArrayList<>();
        for (Scorer scorer : scorers) {
            List<Risk> risks = Scoring.scoreAll(texts, text -> scorer.score(toMessage.apply(text)), scorer,
                    dataset.id(), progress);
            List<Prediction> predictions = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                LabelledText text = texts.get(i);
                Risk risk = risks.get(i);
                predictions.add(new Prediction(risk.score(), risk.alert(), text.positive()));
                if (scorer == scorers.get(0) && risk.alert() != text.positive()) {
                    Example example = new Example(text.id(), text.text(), text.label(), risk.score(), risk.evidence());
                    (risk.alert() ? falsePositives : falseNegatives).add(example);
                }
            }
            rows.add(new ScorerRow(scorer.name(), scorer.rule(), BinaryMetrics.of(predictions)));
        }
        return new DatasetResult(dataset, task, texts.size(), rows, Examples.worstFalsePositives(falsePositives),
                Examples.worstFalseNegatives(falseNegatives), List.of(), List.of(), notes, Duration.ZERO);
    }
}
