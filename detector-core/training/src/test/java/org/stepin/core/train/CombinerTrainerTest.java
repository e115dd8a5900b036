package org.stepin.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CombinerTrainerTest {
    @Test
    void takesTheMiddleOfTheRunNearTheBest() {
        // best at index 2; indexes 1..5 are within 0.005 of it; 6 drops out, and 7 is beyond the dip
        double[] f1 = {0.70, 0.797, 0.800, 0.799, 0.798, 0.7960, 0.790, 0.799};
        assertThat(CombinerTrainer.plateauMiddle(f1, 0.005)).isEqualTo(3);
    }

    @Test
    void doesNotJumpAcrossADipToAnotherPeak() {
        // the run around the best stops at the dip; the far value within tolerance is another plateau
        double[] f1 = {0.80, 0.79, 0.70, 0.799, 0.70};
        assertThat(CombinerTrainer.plateauMiddle(f1, 0.005)).isEqualTo(0);
    }

    @Test
    void givesTheBestItselfWhenNothingIsNearIt() {
        double[] f1 = {0.50, 0.60, 0.80, 0.60};
        assertThat(CombinerTrainer.plateauMiddle(f1, 0.005)).isEqualTo(2);
    }

    @Test
    void sendsAnEvenRunToItsHigherMiddleAndTiesToTheLaterBest() {
        double[] f1 = {0.80, 0.80, 0.10};
        // equal bests: the later one is the best; the run is 0..1, whose higher middle is 1
        assertThat(CombinerTrainer.plateauMiddle(f1, 0.0)).isEqualTo(1);
    }

    @Test
    void aWiderToleranceWidensTheRun() {
        double[] f1 = {0.780, 0.795, 0.800, 0.795, 0.780};
        assertThat(CombinerTrainer.plateauMiddle(f1, 0.001)).isEqualTo(2);
        assertThat(CombinerTrainer.plateauMiddle(f1, 0.03)).isEqualTo(2);
        assertThat(CombinerTrainer.plateauMiddle(new double[] {0.780, 0.795, 0.800, 0.795}, 0.03)).isEqualTo(2);
    }
}
