package org.stepin.app.evaluate;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stepin.app.evaluate.scorer.Risk;
import org.stepin.app.evaluate.scorer.Scorer;

/** Scores items with a scorer on all cores, keeping input order, and reports progress. */
final class Scoring {
    private Scoring() {
    }

    /** {@code scorer}'s verdict for each item, in input order. */
    static <T> List<Risk> scoreAll(List<T> items, Function<T, Risk> score, Scorer scorer, String dataset,
                                   Progress.Factory progress) {
        Risk[] risks = new Risk[items.size()];
        try (Progress bar = progress.start(dataset + " / " + scorer.name(), items.size())) {
            IntStream.range(0, items.size()).parallel().forEach(i -> {
                risks[i] = score.apply(items.get(i));
                bar.step();
            });
        }
        return List.of(risks);
    }
}
