package org.stepin.app.evaluate;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Risk;

/** Scores items with a contender on all cores, keeping input order, and reports progress. */
final class Scoring {
    private Scoring() {
    }

    /** {@code contender}'s verdict for each item, in input order. */
    static <T> List<Risk> scoreAll(List<T> items, Function<T, Risk> score, Contender contender, String dataset,
                                   Progress.Factory progress) {
        Risk[] risks = new Risk[items.size()];
        try (Progress bar = progress.start(dataset + " / " + contender.name(), items.size())) {
            IntStream.range(0, items.size()).parallel().forEach(i -> {
                risks[i] = score.apply(items.get(i));
                bar.step();
            });
        }
        return List.of(risks);
    }
}
