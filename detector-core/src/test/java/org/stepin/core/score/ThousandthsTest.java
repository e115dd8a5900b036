package org.stepin.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThousandthsTest {
    @Test
    void roundsToTheNearestThousandth() {
        assertThat(Thousandths.round(0.4444)).isEqualTo(0.444);
        assertThat(Thousandths.round(0.4446)).isEqualTo(0.445);
        assertThat(Thousandths.round(0.9999)).isEqualTo(1.0);
        assertThat(Thousandths.round(0.0)).isEqualTo(0.0);
    }

    @Test
    void roundsAnExactHalfUp() {
        // 1/16 = 0.0625 is exact in binary, so 62.5 thousandths is a true half
        assertThat(Thousandths.round(0.0625)).isEqualTo(0.063);
        assertThat(Thousandths.round(-0.0625)).isEqualTo(-0.062);
    }

    @Test
    void keepsAWholeThousandthAsItIs() {
        for (int i = 0; i <= 1000; i++) {
            double value = i / 1000.0;
            assertThat(Thousandths.round(value)).as("%d thousandths", i).isEqualTo(value);
        }
    }
}
