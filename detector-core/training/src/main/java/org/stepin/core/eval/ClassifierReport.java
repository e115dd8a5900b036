package org.stepin.core.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import org.stepin.core.Detector;
import org.stepin.core.classify.FeatureSet;
import org.stepin.core.train.LabelledMessage;
import org.stepin.core.train.CrossValidation;
import org.stepin.core.train.ModelTrainer;
import org.stepin.core.classify.Probabilities;
import org.stepin.core.train.SeedCorpus;
import org.stepin.core.classify.TrainingConfig;
import org.stepin.core.lexicon.Category;
import org.stepin.core.lexicon.Lexicon;

/**
 * Writes the cross-validation report behind {@code docs/classifier.md} to the file given as the only
 * argument: every candidate configuration against the rules tier, then per-label and per-trap numbers
 * for {@link TrainingConfig#DEFAULT}. Run by the {@code cv} profile of detector-core. Prints nothing.
 */
public final class ClassifierReport {
    /** The configurations compared; the packaged model uses {@link TrainingConfig#DEFAULT}. */
    static final List<TrainingConfig> CANDIDATES = List.of(
            new TrainingConfig(GISTrainer.MAXENT_VALUE, 100, 1, 0, FeatureSet.WORDS),
            new TrainingConfig(GISTrainer.MAXENT_VALUE, 100, 1, 0, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(GISTrainer.MAXENT_VALUE, 100, 2, 0, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(GISTrainer.MAXENT_VALUE, 300, 1, 0, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(GISTrainer.MAXENT_VALUE, 100, 1, 0, new FeatureSet(true, 3, 5)),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.1, FeatureSet.WORDS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.01, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.03, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.1, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 300, 1, 0.1, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 2, 0.1, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.3, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 1.0, FeatureSet.WORDS_BIGRAMS),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.03, new FeatureSet(true, 3, 5)),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 0.1, new FeatureSet(true, 3, 5)),
            new TrainingConfig(QNTrainer.MAXENT_QN_VALUE, 100, 1, 1.0, new FeatureSet(true, 3, 5)));

    private ClassifierReport() {
    }

    /**
     * Writes the report.
     *
     * @param args the output file
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ClassifierReport <output file>");
        }
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, render(Lexicon.packaged(), SeedCorpus.packaged()), StandardCharsets.UTF_8);
    }

    static String render(Lexicon lexicon, SeedCorpus corpus) {
        requireNonNull(lexicon, "lexicon");
        List<LabelledMessage> messages = corpus.messages();
        List<String> labels = labels();
        List<String> gold = messages.stream().map(LabelledMessage::stepInLabel).toList();
        RulesPredictor rules = new RulesPredictor(Detector.create(lexicon));
        LabelPredictions rulesPredictions = new LabelPredictions(labels, gold,
                messages.stream().map(m -> rules.predict(m.text())).toList());

        StringBuilder text = new StringBuilder();
        text.append("# Classifier cross-validation report\n\n")
                .append(String.format(Locale.ROOT, "Corpus: %d messages, sha256 %s. Lexicon %s. "
                        + "Stratified %d-fold, seed %d.%n%n", messages.size(), corpus.sha256().substring(0, 12),
                        lexicon.version(), CrossValidation.FOLDS, CrossValidation.SEED))
                .append("## Candidates (out-of-fold) and the rules tier (whole corpus)\n\n")
                .append("| predictor | accuracy | macro-F1 (10 labels) | macro-F1 (9 risk) "
                        + "| any-risk precision | any-risk recall |\n|---|---:|---:|---:|---:|---:|\n");
        LabelPredictions chosen = null;
        for (TrainingConfig config : CANDIDATES) {
            List<Probabilities> oof = CrossValidation.outOfFold(messages, lexicon.analyzer(),
                    ModelTrainer.forLexicon(lexicon, config), CrossValidation.FOLDS, CrossValidation.SEED);
            LabelPredictions predictions = new LabelPredictions(labels, gold,
                    oof.stream().map(Probabilities::topLabel).toList());
            summaryRow(text, describe(config) + (config.equals(TrainingConfig.DEFAULT) ? " (default)" : ""),
                    predictions);
            if (config.equals(TrainingConfig.DEFAULT)) {
                chosen = predictions;
            }
        }
        summaryRow(text, "rules tier (" + Detector.MODEL_VERSION + ")", rulesPredictions);
        if (chosen == null) {
            throw new IllegalStateException("TrainingConfig.DEFAULT is not among the candidates");
        }

        text.append("\n## Per label: classifier (default, out-of-fold) and rules\n\n")
                .append("| label | n | clf P | clf R | clf F1 | rules P | rules R | rules F1 |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String label : labels) {
            Confusion c = chosen.confusion(label);
            Confusion r = rulesPredictions.confusion(label);
            text.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n", label,
                    c.positives(), ratio(c.precision()), ratio(c.recall()), ratio(c.f1()), ratio(r.precision()),
                    ratio(r.recall()), ratio(r.f1())));
        }

        text.append("\n## Per trap: share of rows labelled right\n\n")
                .append("| trap | n | classifier | rules |\n|---|---:|---:|---:|\n");
        Map<String, int[]> traps = new TreeMap<>();
        for (int i = 0; i < messages.size(); i++) {
            int[] counts = traps.computeIfAbsent(messages.get(i).trap(), key -> new int[3]);
            counts[0]++;
            counts[1] += chosen.predicted().get(i).equals(gold.get(i)) ? 1 : 0;
            counts[2] += rulesPredictions.predicted().get(i).equals(gold.get(i)) ? 1 : 0;
        }
        traps.forEach((trap, c) -> text.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n",
                trap, c[0], (double) c[1] / c[0], (double) c[2] / c[0])));
        return text.toString();
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Category category : Category.values()) {
            labels.add(category.id());
        }
        labels.add(Probabilities.NONE_LABEL);
        return labels;
    }

    private static String describe(TrainingConfig config) {
        return config.algorithm() + " it=" + config.iterations() + " cutoff=" + config.cutoff()
                + (config.l2() > 0 ? " l2=" + config.l2() : "") + " " + config.features().id();
    }

    private static void summaryRow(StringBuilder text, String name, LabelPredictions predictions) {
        Confusion risk = predictions.anyRisk();
        text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", name,
                ratio(predictions.accuracy()), ratio(predictions.macroF1()), ratio(predictions.riskMacroF1()),
                ratio(risk.precision()), ratio(risk.recall())));
    }

    /** Three decimals; "n/a" for an undefined value (see {@link Confusion}). */
    private static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
