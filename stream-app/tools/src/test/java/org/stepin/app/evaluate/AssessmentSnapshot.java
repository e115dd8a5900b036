package org.stepin.app.evaluate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.stepin.app.evaluate.dataset.CssrsReader;
import org.stepin.app.evaluate.dataset.CssrsUser;
import org.stepin.app.evaluate.dataset.DavidsonReader;
import org.stepin.app.evaluate.dataset.GoEmotionsReader;
import org.stepin.app.evaluate.dataset.LabelledText;
import org.stepin.app.evaluate.dataset.SadReader;
import org.stepin.app.evaluate.dataset.SeedCorpusReader;
import org.stepin.app.evaluate.dataset.SeedRow;
import org.stepin.core.Assessment;
import org.stepin.core.Detector;
import org.stepin.core.Direction;
import org.stepin.core.Evidence;
import org.stepin.core.EvidenceSource;
import org.stepin.core.deep.DeepListener;
import org.stepin.core.deep.DeepSettings;
import org.stepin.core.deep.DeepTier;
import org.stepin.core.lexicon.Category;
import org.stepin.core.privacy.Span;

/**
 * Writes every assessment the detector gives on the seed corpus and the public data sets, one canonical line
 * per message and tier, so a refactoring can be shown to change nothing: run it before and after, then
 * {@code diff} the two files. Lines hold ids, severities, scores and evidence (lexicon phrases), never the
 * data sets' texts. Usage: {@code stream-app/tools/snapshot.sh OUT [DATA_DIR]}.
 */
public final class AssessmentSnapshot {
    private AssessmentSnapshot() {
    }

    /** Entry point: {@code OUT [DATA_DIR]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
        List<Input> inputs = inputs(data);
        Detector packaged = Detector.packaged();
        DeepTier deep = DeepTier.create(packaged, new DeepSettings(true, 1, Duration.ofMinutes(5)),
                DeepListener.NONE);
        Map<String, BiFunction<String, Direction, Assessment>> tiers = Map.of(
                "stepin", packaged::assess,
                "stepin-rules", packaged.rulesOnly()::assess,
                "stepin-deep", deep::assess);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String tier : List.of("stepin", "stepin-rules", "stepin-deep")) {
                long start = System.nanoTime();
                for (Input input : inputs) {
                    Assessment assessment = tiers.get(tier).apply(input.text(), input.direction());
                    writer.write(input.key() + "\t" + tier + "\t" + canonical(assessment));
                    writer.newLine();
                }
                System.err.printf(Locale.ROOT, "snapshot: %s, %d messages in %.1f s%n", tier, inputs.size(),
                        Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
            }
        }
    }

    private record Input(String key, String text, Direction direction) {
    }

    private static List<Input> inputs(Path data) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (SeedRow row : SeedCorpusReader.readPackaged()) {
            inputs.add(new Input("seed:" + row.id(), row.text(), row.direction()));
        }
        add(inputs, "goemotions", GoEmotionsReader.readDev(data.resolve("goemotions")));
        add(inputs, "sad", SadReader.read(data.resolve("sad")));
        add(inputs, "davidson", DavidsonReader.read(data.resolve("davidson-offensive")));
        for (CssrsUser user : CssrsReader.read(data.resolve("cssrs-dev"))) {
            for (int post = 0; post < user.posts().size(); post++) {
                List<String> chunks = CssrsSplit.CHUNKS.messages(user.posts().get(post));
                for (int chunk = 0; chunk < chunks.size(); chunk++) {
                    inputs.add(new Input("cssrs:" + user.id() + ":" + post + ":" + chunk, chunks.get(chunk),
                            Direction.INBOUND));
                }
            }
        }
        return inputs;
    }

    private static void add(List<Input> inputs, String dataset, List<LabelledText> texts) {
        int line = 0;
        for (LabelledText text : texts) {
            inputs.add(new Input(dataset + ":" + text.id() + ":" + line++, text.text(), Direction.INBOUND));
        }
    }

    /** The assessment without its versions (a refactoring may rename a version, not change a verdict). */
    static String canonical(Assessment assessment) {
        StringJoiner scores = new StringJoiner(",");
        for (Category category : Category.values()) {
            if (assessment.scores().containsKey(category)) {
                scores.add(category.id() + "=" + format(assessment.score(category)));
            }
        }
        StringJoiner evidence = new StringJoiner(" | ");
        for (Evidence item : assessment.evidence()) {
            evidence.add(canonical(item));
        }
        return assessment.severity() + "\t" + scores + "\t" + assessment.reason() + "\t" + assessment.truncated()
                + "\t" + evidence;
    }

    /** One piece of evidence; the classifier's share is written the same way whatever its record looks like. */
    static String canonical(Evidence item) {
        if (item.source() == EvidenceSource.CLASSIFIER) {
            return "classifier " + item.category().id() + " p=" + format(item.weight()) + " combined="
                    + format(item.effectiveWeight());
        }
        Span span = item.span().orElseThrow();
        return item.category().id() + "/" + item.lexiconCategory().id() + " '" + item.entry() + "' ["
                + span.start() + "-" + span.end() + ") w=" + format(item.weight()) + " eff="
                + format(item.effectiveWeight()) + " marks=" + item.marks() + " tags=" + new TreeSet<>(item.tags())
                + " at " + item.origin() + " review=" + item.review();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
