package org.stepin.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepin.core.combine.Combination;
import org.stepin.core.lexicon.Category;

class CategoryScoresTest {
    @Test
    void iteratesInCategoryOrderWhateverTheOrderItWasGiven() {
        Map<Category, Double> reversed = new LinkedHashMap<>();
        List<Category> categories = Arrays.asList(Category.values());
        for (int i = categories.size() - 1; i >= 0; i--) {
            reversed.put(categories.get(i), 0.5);
        }

        Map<Category, Double> copy = CategoryScores.copyOf(reversed);

        assertThat(copy.keySet()).containsExactlyElementsOf(categories);
        assertThat(copy).isEqualTo(reversed);
    }

    @Test
    void theRecordsThatCarryScoresKeepCategoryOrder() {
        Map<Category, Double> reversed = new LinkedHashMap<>();
        reversed.put(Category.WORKER_HARASSMENT, 0.7);
        reversed.put(Category.SUICIDAL_IDEATION, 0.7);

        Combination combination = new Combination(reversed, Severity.HIGH, List.of());
        ScoreResult result = new ScoreResult(Severity.HIGH, reversed, List.of(), "reason");

        List<Category> inCategoryOrder = List.of(Category.SUICIDAL_IDEATION, Category.WORKER_HARASSMENT);
        assertThat(combination.scores().keySet()).containsExactlyElementsOf(inCategoryOrder);
        assertThat(result.scores().keySet()).containsExactlyElementsOf(inCategoryOrder);
    }

    @Test
    void isACopyThatCannotBeChanged() {
        Map<Category, Double> scores = new HashMap<>(Map.of(Category.ABUSE, 0.4));

        Map<Category, Double> copy = CategoryScores.copyOf(scores);
        scores.put(Category.BULLYING, 0.9);

        assertThat(copy).containsOnlyKeys(Category.ABUSE);
        assertThatThrownBy(() -> copy.put(Category.BULLYING, 0.9)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(CategoryScores.copyOf(Map.of())).isEmpty();
    }

    @Test
    void rejectsAMissingScore() {
        Map<Category, Double> scores = new HashMap<>();
        scores.put(Category.ABUSE, null);

        assertThatThrownBy(() -> CategoryScores.copyOf(scores)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("score");
    }
}
