package org.stepin.app.evaluate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Message;
import org.stepin.app.evaluate.contender.Risk;
import org.stepin.app.evaluate.contender.TrainableContender;
import org.stepin.app.evaluate.dataset.Dataset;
import org.stepin.app.evaluate.dataset.SeedRow;
import org.stepin.app.evaluate.metrics.BinaryMetrics;
import org.stepin.app.evaluate.metrics.Prediction;
import org.stepin.core.eval.Confusion;
import org.stepin.core.lexicon.Category;

/**
 * The team's seed corpus: step in (labelled MODERATE or above) vs not, and per category for contenders
 * with categories. A rule contender scores the whole corpus; a {@link TrainableContender} is cross-validated
 * ({@value KFold#FOLDS} folds), each fold scored by a copy trained on the other folds.
 */
final class SeedTask {
    static final String TASK = "messages labelled MODERATE or above (step in) vs NONE and LOW";

    private SeedTask() {
    }

    static DatasetResult run(List<SeedRow> rows, List<Contender> contenders, Progress.Factory progress) {
        List<ContenderRow> table = new ArrayList<>();
        List<CategoryRow> categories = new ArrayList<>();
        List<Example> falsePositives = new ArrayList<>();
        List<Example> falseNegatives = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Contender contender : contenders) {
            List<Risk> risks = contender instanceof TrainableContender trainable
                    ? crossValidated(rows, trainable, progress)
                    : Scoring.scoreAll(rows, row -> contender.score(message(row)), contender, Dataset.SEED.id(),
                            progress);
            notes.add(contender.name() + ": " + (contender instanceof TrainableContender
                    ? KFold.FOLDS + "-fold cross-validated" : "no training, whole corpus scored"));
            List<Prediction> predictions = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                SeedRow row = rows.get(i);
                Risk risk = risks.get(i);
                predictions.add(new Prediction(risk.score(), risk.alert(), row.stepIn()));
                if (contender == contenders.get(0) && risk.alert() != row.stepIn()) {
                    Example example = new Example(row.id(), row.text(), label(row), risk.score(), risk.evidence());
                    (risk.alert() ? falsePositives : falseNegatives).add(example);
                }
            }
            table.add(new ContenderRow(contender.name(), contender.rule(), BinaryMetrics.of(predictions)));
            if (risks.stream().anyMatch(risk -> risk.category().isPresent())) {
                categories.addAll(perCategory(contender.name(), rows, risks));
            }
        }
        return new DatasetResult(Dataset.SEED, TASK, rows.size(), table, Examples.worstFalsePositives(falsePositives),
                Examples.worstFalseNegatives(falseNegatives), List.of(), categories, notes, Duration.ZERO);
    }

    static Message message(SeedRow row) {
        return new Message(row.text(), row.direction(), Set.of());
    }

    private static String label(SeedRow row) {
        return row.category().map(Category::id).orElse("none") + "/" + row.severity()
                + (row.trap().equals("none") ? "" : " (" + row.trap() + ")");
    }

    private static List<Risk> crossValidated(List<SeedRow> rows, TrainableContender trainable,
                                             Progress.Factory progress) {
        Risk[] risks = new Risk[rows.size()];
        List<List<Integer>> folds = KFold.split(rows.size(), KFold.FOLDS);
        // training dominates and folds are independent: train them side by side, then score in order
        List<Contender> trained = folds.parallelStream().map(fold -> trainable.trainedOn(training(rows, fold)))
                .toList();
        for (int f = 0; f < folds.size(); f++) {
            List<Integer> fold = folds.get(f);
            Contender contender = trained.get(f);
            List<Risk> foldRisks = Scoring.scoreAll(fold, i -> contender.score(message(rows.get(i))), trainable,
                    Dataset.SEED.id(), progress);
            for (int j = 0; j < fold.size(); j++) {
                risks[fold.get(j)] = foldRisks.get(j);
            }
        }
        return Arrays.asList(risks);
    }

    private static List<TrainableContender.Example> training(List<SeedRow> rows, List<Integer> fold) {
        Set<Integer> test = new HashSet<>(fold);
        List<TrainableContender.Example> training = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!test.contains(i)) {
                SeedRow row = rows.get(i);
                training.add(new TrainableContender.Example(message(row),
                        row.category().map(Category::id).orElse("none"), row.severity()));
            }
        }
        return training;
    }

    private static List<CategoryRow> perCategory(String contender, List<SeedRow> rows, List<Risk> risks) {
        List<CategoryRow> table = new ArrayList<>();
        for (Category category : Category.values()) {
            List<Prediction> predictions = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                SeedRow row = rows.get(i);
                Risk risk = risks.get(i);
                boolean positive = row.stepIn() && row.category().filter(category::equals).isPresent();
                boolean alert = risk.alert() && risk.category().filter(category::equals).isPresent();
                predictions.add(new Prediction(0, alert, positive));
            }
            Confusion confusion = Confusion.count(predictions, Prediction::alert, Prediction::positive);
            if (confusion.positives() + confusion.truePositives() + confusion.falsePositives() > 0) {
                table.add(new CategoryRow(contender, category, confusion));
            }
        }
        return table;
    }
}
