package org.stepin.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rates of a two-by-two table, and the one rule for a rate whose denominator is 0. */
class ConfusionTest {

    @Test
    void shouldReadTheRatesFromTheCounts() {
        Confusion confusion = new Confusion(3, 1, 2, 4);
        assertThat(confusion.total()).isEqualTo(10);
        assertThat(confusion.positives()).isEqualTo(5);
        assertThat(confusion.negatives()).isEqualTo(5);
        assertThat(confusion.predictedPositives()).isEqualTo(4);
        assertThat(confusion.precision()).isEqualTo(0.75);
        assertThat(confusion.recall()).isEqualTo(0.6);
        assertThat(confusion.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
        assertThat(confusion.predictedPositiveRate()).isEqualTo(0.4);
        assertThat(confusion.falsePositiveRate()).isEqualTo(0.2);
    }

    @Test
    void shouldCountItemsByPredictionAndLabel() {
        record Item(boolean predicted, boolean positive) {
        }
        List<Item> items = List.of(new Item(true, true), new Item(true, false), new Item(true, true),
                new Item(false, false), new Item(false, true));
        assertThat(Confusion.count(items, Item::predicted, Item::positive)).isEqualTo(new Confusion(2, 1, 1, 1));
    }

    @Test
    void shouldLeavePrecisionUndefinedWhenNothingWasPredictedPositive() {
        Confusion nothingPredicted = new Confusion(0, 0, 3, 2);
        assertThat(nothingPredicted.precision()).isNaN();
        assertThat(nothingPredicted.recall()).isZero();
        assertThat(nothingPredicted.f1()).as("three positives to find, none found").isZero();
        assertThat(nothingPredicted.predictedPositiveRate()).isZero();
    }

    @Test
    void shouldLeaveRecallUndefinedWithoutPositiveItems() {
        Confusion noPositives = new Confusion(0, 2, 0, 3);
        assertThat(noPositives.recall()).isNaN();
        assertThat(noPositives.precision()).isZero();
        assertThat(noPositives.f1()).as("two predictions, none right").isZero();
        assertThat(new Confusion(1, 0, 0, 0).falsePositiveRate()).isNaN();
    }

    @Test
    void shouldLeaveF1UndefinedOnlyWithoutPositivesAndPositivePredictions() {
        Confusion nothingToFind = new Confusion(0, 0, 0, 7);
        assertThat(nothingToFind.precision()).isNaN();
        assertThat(nothingToFind.recall()).isNaN();
        assertThat(nothingToFind.f1()).isNaN();
        assertThat(nothingToFind.falsePositiveRate()).isZero();
        assertThat(new Confusion(0, 0, 0, 0).predictedPositiveRate()).isNaN();
        assertThat(new Confusion(0, 2, 3, 0).f1()).isZero();
    }

    @Test
    void shouldRejectANegativeCount() {
        assertThatThrownBy(() -> new Confusion(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1/-1/0/0");
    }
}
