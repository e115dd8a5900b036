package org.stepin.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stepin.core.lexicon.Category;

/** The probability value: lookup, top class, immutability. */
class ProbabilitiesTest {
    private static double[] with(int index, double value) {
        double[] values = new double[Category.values().length + 1];
        double rest = (1 - value) / (values.length - 1);
        for (int i = 0; i < values.length; i++) {
            values[i] = i == index ? value : rest;
        }
        return values;
    }

    @Test
    void shouldNameTheMostProbableCategory() {
        Probabilities probabilities = Probabilities.of(with(Category.ABUSE.ordinal(), 0.6));
        assertThat(probabilities.top()).contains(Category.ABUSE);
        assertThat(probabilities.topLabel()).isEqualTo("abuse");
        assertThat(probabilities.of(Category.ABUSE)).isEqualTo(0.6);
    }

    @Test
    void shouldHaveNoTopCategoryWhenNoneWins() {
        Probabilities probabilities = Probabilities.of(with(Category.values().length, 0.6));
        assertThat(probabilities.top()).isEmpty();
        assertThat(probabilities.topLabel()).isEqualTo(Probabilities.NONE_LABEL);
        assertThat(probabilities.none()).isEqualTo(0.6);
    }

    @Test
    void shouldCopyItsInputAndRefuseChanges() {
        double[] values = with(0, 0.5);
        Probabilities probabilities = Probabilities.of(values);
        values[0] = 0;
        assertThat(probabilities.of(Category.SUICIDAL_IDEATION)).isEqualTo(0.5);
        assertThatThrownBy(() -> probabilities.byCategory().put(Category.ABUSE, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Probabilities.of(new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
