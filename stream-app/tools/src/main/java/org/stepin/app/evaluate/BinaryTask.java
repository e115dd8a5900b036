package org.stepin.app.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Message;
import org.stepin.app.evaluate.contender.Risk;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.dataset.LabelledText;
import org.stepin.app.evaluate.metrics.BinaryMetrics;
import org.stepin.app.evaluate.metrics.Prediction;

/**
 * A data set of single texts with a binary label (GoEmotions, SAD, Davidson): every contender scores
 * every text; the first contender's mistakes become the examples.
 */
final class BinaryTask {
    private BinaryTask() {
    }

    static DatasetResult run(Dataset dataset, String task, List<LabelledText> texts,
                             Function<LabelledText, Message> toMessage, List<Contender> contenders,
                             Progress.Factory progress, List<String> notes) {
        List<ContenderRow> rows = new ArrayList<>();
        List<Example> falsePositives = new ArrayList<>();
        List<Example> falseNegatives = new ArrayList<>();
        for (Contender contender : contenders) {
            List<Risk> risks = Scoring.scoreAll(texts, text -> contender.score(toMessage.apply(text)), contender,
                    dataset.id(), progress);
            List<Prediction> predictions = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                LabelledText text = texts.get(i);
                Risk risk = risks.get(i);
                predictions.add(new Prediction(risk.score(), risk.alert(), text.positive()));
                if (contender == contenders.get(0) && risk.alert() != text.positive()) {
                    Example example = new Example(text.id(), text.text(), text.label(), risk.score(), risk.evidence());
                    (risk.alert() ? falsePositives : falseNegatives).add(example);
                }
            }
            rows.add(new ContenderRow(contender.name(), contender.rule(), BinaryMetrics.of(predictions)));
        }
        return new DatasetResult(dataset, task, texts.size(), rows, Examples.worstFalsePositives(falsePositives),
                Examples.worstFalseNegatives(falseNegatives), List.of(), List.of(), notes, Duration.ZERO);
    }
}
