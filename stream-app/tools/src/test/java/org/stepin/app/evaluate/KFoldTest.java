package org.stepin.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stepin.app.evaluate.contender.Contender;
import org.stepin.app.evaluate.contender.Message;
import org.stepin.app.evaluate.contender.Risk;
import org.stepin.app.evaluate.contender.TrainableContender;
import org.stepin.app.evaluate.dataset.SeedRow;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class KFoldTest {
    @Test
    void shouldDealEveryIndexIntoExactlyOneFold() {
        List<List<Integer>> folds = KFold.split(11, 5);
        assertThat(folds).hasSize(5);
        assertThat(folds.stream().flatMap(List::stream).sorted().collect(Collectors.toList()))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(folds).allMatch(fold -> fold.size() == 2 || fold.size() == 3);
        assertThat(KFold.split(11, 5)).isEqualTo(folds);
    }

    /** A "learned" contender that alerts on texts it saw labelled as a category in training. */
    private static final class Memoriser implements TrainableContender {
        private final List<String> risky;
        private final List<Integer> trainingSizes;

        Memoriser(List<String> risky, List<Integer> trainingSizes) {
            this.risky = risky;
            this.trainingSizes = trainingSizes;
        }

        @Override
        public String name() {
            return "memoriser";
        }

        @Override
        public String rule() {
            return "seen risky in training";
        }

        @Override
        public Risk score(Message message) {
            boolean seen = risky.contains(message.text());
            return Risk.of(seen ? 1 : 0, seen, List.of());
        }

        @Override
        public Contender trainedOn(List<Example> examples) {
            trainingSizes.add(examples.size());
            return new Memoriser(examples.stream().filter(e -> !e.label().equals("none"))
                    .map(e -> e.message().text()).toList(), trainingSizes);
        }
    }

    @Test
    void shouldCrossValidateATrainableContenderOnHeldOutFolds() {
        List<SeedRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new SeedRow("a" + i, Optional.of(Category.SELF_HARM), Severity.HIGH, "none", "text " + i));
        }
        List<Integer> trainingSizes = new ArrayList<>();
        DatasetResult result = SeedTask.run(rows, List.of(new Memoriser(List.of(), trainingSizes)),
                Progress.silent()).withElapsed(Duration.ZERO);
        assertThat(trainingSizes).containsExactly(8, 8, 8, 8, 8);
        // every text is scored by a copy that never saw it: a memoriser finds nothing
        assertThat(result.rows().get(0).metrics().confusion().truePositives()).isZero();
        assertThat(result.notes()).anyMatch(note -> note.contains("5-fold"));
    }
}
