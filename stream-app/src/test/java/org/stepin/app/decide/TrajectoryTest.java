package org.stepin.app.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepin.app.config.PipelineConfig;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class TrajectoryTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private final Trajectory trajectory = new Trajectory(PipelineConfig.defaults().trajectory());

    @Test
    void aSignalHalvesEveryHalfLife() {
        List<Signal> one = List.of(signal(0, Severity.MODERATE, "e1"));

        assertThat(trajectory.level(one, 0).score()).isEqualTo(1.0);
        assertThat(trajectory.level(one, 3 * DAY).score()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void moderateSignalsOnThreeDaysReachHighButTwoDoNot() {
        List<Signal> signals = new ArrayList<>();
        signals = trajectory.retain(signals, signal(0, Severity.MODERATE, "e1"), 0);
        signals = trajectory.retain(signals, signal(DAY, Severity.MODERATE, "e2"), DAY);
        assertThat(trajectory.level(signals, DAY).severity()).isEqualTo(Severity.MODERATE);

        signals = trajectory.retain(signals, signal(2 * DAY, Severity.MODERATE, "e3"), 2 * DAY);
        TrajectoryLevel level = trajectory.level(signals, 2 * DAY);
        assertThat(level.severity()).isEqualTo(Severity.HIGH);
        assertThat(level.contributing()).extracting(Signal::eventId).containsExactly("e1", "e2", "e3");
    }

    @Test
    void aBurstIsOneSignalAtItsStrongest() {
        List<Signal> signals = trajectory.retain(List.of(), signal(0, Severity.LOW, "e1"), 0);
        signals = trajectory.retain(signals, signal(59 * 60_000, Severity.HIGH, "e2"), 59 * 60_000);
        signals = trajectory.retain(signals, signal(100 * 60_000, Severity.LOW, "e3"), 100 * 60_000);

        assertThat(signals).hasSize(1);
        assertThat(signals.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(signals.get(0).eventId()).isEqualTo("e2");
        assertThat(signals.get(0).at()).isEqualTo(100 * 60_000);
    }

    @Test
    void signalsLeaveAtTheWindowsEdgeAndTheCapKeepsTheNewest() {
        List<Signal> signals = trajectory.retain(List.of(), signal(0, Severity.MODERATE, "old"), 0);
        assertThat(trajectory.retain(signals, null, 7 * DAY - 1)).hasSize(1);
        assertThat(trajectory.retain(signals, null, 7 * DAY)).isEmpty();

        List<Signal> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many = trajectory.retain(many, signal(i * 2 * 3_600_000L, Severity.LOW, "e" + i), i * 2 * 3_600_000L);
        }
        assertThat(many).hasSize(16);
        assertThat(many.get(15).eventId()).isEqualTo("e39");
    }

    private static Signal signal(long at, Severity severity, String eventId) {
        return new Signal(at, severity, Set.of(Category.HOPELESSNESS), eventId);
    }
}
