package org.stepin.app.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepin.app.decide.OpenAlert;
import org.stepin.app.decide.Signal;
import org.stepin.app.decide.YouthState;
import org.stepin.core.lexicon.Category;
import org.stepin.core.score.Severity;

class YouthStateSerdeTest {

    @Test
    void roundTripsEveryField() {
        YouthState state = new YouthState(List.of(
                new Signal(1_700_000_000_000L, Severity.LOW, EnumSet.of(Category.HOPELESSNESS), "e1"),
                new Signal(1_700_000_100_000L, Severity.IMMINENT, EnumSet.allOf(Category.class), "é-2 ✓")),
                new OpenAlert("a-1", Severity.HIGH, 1_700_000_100_000L, true),
                null);

        assertThat(YouthStateSerde.read(YouthStateSerde.write(state))).isEqualTo(state);
    }

    @Test
    void aFullStateWithUuidEventIdsStaysUnderTwoKilobytes() {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            signals.add(new Signal(i, Severity.MODERATE, EnumSet.of(Category.SELF_HARM, Category.ABUSE),
                    UUID.randomUUID().toString()));
        }
        YouthState state = new YouthState(signals, new OpenAlert(UUID.randomUUID().toString(), Severity.HIGH, 1,
                false), new OpenAlert(UUID.randomUUID().toString(), Severity.MODERATE, 1, false));

        assertThat(YouthStateSerde.write(state).length).isLessThan(1024);
    }
}
